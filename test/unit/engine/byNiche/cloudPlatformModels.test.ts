import * as assert from 'node:assert/strict';
import { scanText } from '../../../../src/core/engine';

/** provider/cause/status/model of each incident the engine reads in `text`. */
const read = (text: string): string[] => scanText(text, 'test').map((i) => `${i.provider}/${i.cause}/${i.status}/${i.model}`);

describe('engine: Claude and Gemini through cloud platforms (held-out round h127)', () => {
  it("Vertex AI's IAM refusal quoted without class or `error` word (a relay's line in another language, a blockquote) is read; the same sentence for another Google API is nothing", () => {
    const denied = (perm: string, resource: string) => `status code 403: Permission '${perm}' denied on resource '//${resource}' (or it may not exist).`;
    const vertex = denied(
      'aiplatform.endpoints.predict',
      'aiplatform.googleapis.com/projects/p/locations/us-central1/publishers/google/models/gemini-1.5-pro-001',
    );
    assert.deepEqual(read(`错误：${vertex}\n`), ['google/permission-denied/403/gemini-1.5-pro-001']);
    assert.deepEqual(read(`> > 错误：${vertex}\n`), ['google/permission-denied/403/gemini-1.5-pro-001']);
    // Controls: the same IAM sentence from Cloud Storage and from Secret Manager names no AI API.
    assert.deepEqual(read(`错误：${denied('storage.objects.get', 'storage.googleapis.com/projects/_/buckets/b/objects/o')}\n`), []);
    assert.deepEqual(read(`> > ${denied('secretmanager.versions.access', 'secretmanager.googleapis.com/projects/p/secrets/s/versions/1')}\n`), []);
  });
});
