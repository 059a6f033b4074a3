import * as assert from 'node:assert/strict';
import { scanText } from '../../../../src/core/engine';
import { verdicts } from '../helpers';

// Shapes a blind held-out round on image, video and audio generation apps (Imagen, Veo, Whisper,
// DALL·E, Replicate) missed.

describe('media generation apps: provider words and classes', () => {
  it('a Groq SDK class outweighs the OpenAI words its API copies (`The model `whisper-large-v3` does not exist…`)', () => {
    const body =
      "Error code: 404 - {'error': {'message': 'The model `MODEL` does not exist or you do not have access to it.', 'type': 'invalid_request_error', 'code': 'model_not_found'}}";
    assert.deepEqual(verdicts(`groq.NotFoundError: ${body.replace('MODEL', 'whisper-large-v3')}\n`), ['groq/model-access/404/whisper-large-v3']);
    // Controls: the same words under OpenAI's class, and OpenAI's own Whisper id, stay OpenAI's.
    assert.deepEqual(verdicts(`openai.NotFoundError: ${body.replace('MODEL', 'whisper-large-v3')}\n`), ['openai/model-access/404/whisper-large-v3']);
    assert.deepEqual(verdicts(`openai.NotFoundError: ${body.replace('MODEL', 'whisper-1')}\n`), ['openai/model-access/404/whisper-1']);
  });

  it("reads the Gemini API's image refusals in Google's body: region and paid tier; not another message in that body", () => {
    const google = (message: string, code: number, status: string) =>
      `Batch 1 error: ${code} ${status}. {'error': {'code': ${code}, 'message': '${message}', 'status': '${status}'}}\n`;
    assert.deepEqual(verdicts(google('Image generation is not available in your country.', 400, 'FAILED_PRECONDITION')), [
      'google/unsupported-region/400/null',
    ]);
    assert.deepEqual(verdicts(google('Imagen API is only accessible to billed users at this time.', 400, 'INVALID_ARGUMENT')), [
      'google/model-access/400/null',
    ]);
    // Negative: Google's body shape with a message that says neither (any Google API sends this shape).
    assert.deepEqual(verdicts(google('Request contains an invalid argument.', 400, 'INVALID_ARGUMENT')), []);
  });
});

describe('media generation apps: Google Labs media backend', () => {
  it("reads Flow's model refusal by its reason; the same bare 403 with another reason stays silent", () => {
    const body = (reason: string) =>
      `Response\n{ "error": { "code": 403, "message": "The caller does not have permission", "status": "PERMISSION_DENIED", "details": [ { "@type": "type.googleapis.com/google.rpc.ErrorInfo", "reason": "${reason}" } ] } }\n`;
    assert.deepEqual(verdicts(body('PUBLIC_ERROR_MODEL_ACCESS_DENIED')), ['google/model-access/403/null']);
    // Negative: a reason that says nothing of the model (any Google API's bare 403).
    assert.deepEqual(verdicts(body('PUBLIC_ERROR_UNSAFE_GENERATION')), []);
  });
});

describe('media generation apps: an LLM gateway in front of the SDK', () => {
  it("stays silent on a gateway's own refusal in its envelope, and reads the provider's refusal it relays", () => {
    const line = (message: string, status: number) =>
      `openai.AuthenticationError: Error code: ${status} - {'status': 'failure', 'message': '${message}', 'error': {'message': '${message}', 'type': 'Error', 'code': '${status}'}, 'error_origin_level': 'authentication'}\n`;
    assert.deepEqual(verdicts(line('Unauthorized: Service account gateway-tester-v2-8f5befe0-f does not exist', 401)), []);
    // Controls: the provider's refusal the gateway relays, and OpenAI's own body under the same class.
    assert.deepEqual(verdicts(line('openai error: The model `gpt-5.5` does not exist or you do not have access to it.', 404)), [
      'openai/model-access/404/gpt-5.5',
    ]);
    assert.deepEqual(
      verdicts(
        "openai.AuthenticationError: Error code: 401 - {'error': {'message': 'Incorrect API key provided: sk-proj-****abcd.', 'type': 'invalid_request_error', 'code': 'invalid_api_key'}}\n",
      ),
      ['openai/invalid-token/401/null'],
    );
  });
});

describe('media generation apps: Azure OpenAI video deployments', () => {
  it("reads the v1 endpoint's refusal that names the deployment; not another resource's not-found", () => {
    const line = (sentence: string) =>
      `Error code: 404 - {'error': {'message': "${sentence} If you created the deployment within the last 5 minutes, please wait a moment and try again.", 'type': 'video_generation_user_error', 'param': None, 'code': None}}\n`;
    assert.deepEqual(verdicts(line("The API deployment 'sora-2' for this resource does not exist.")), ['azure-openai/model-access/404/sora-2']);
    // Control: the older sentence without the name still reads, without a model.
    assert.deepEqual(verdicts(line('The API deployment for this resource does not exist.')), ['azure-openai/model-access/404/null']);
    // Negative: a not-found of something that is no deployment.
    assert.deepEqual(verdicts(line("The video job 'video_123' for this resource does not exist.")), []);
  });
});

describe("media generation apps: the Hub's record of a model repo", () => {
  it('reads a bare 404 on a repo record as that repo closed or missing; a 404 on a file in it is not', () => {
    const line = (path: string) =>
      `huggingface_hub.utils._errors.HfHubHTTPError: 404 Client Error: Not Found for url: https://huggingface.co/${path} (Request ID: Root=1-645a5aad-588aecb955dbaa8c049d9641)\n\nSorry, we can't find the page you are looking for.\n`;
    assert.deepEqual(verdicts(line('api/models/damo-vilab/modelscope-damo-text-to-video-synthesis/revision/main')), [
      'huggingface/model-access/404/damo-vilab/modelscope-damo-text-to-video-synthesis',
    ]);
    // Negative: a folder listing inside a repo that exists.
    assert.deepEqual(verdicts(line('api/models/acme/sd-model/tree/main/unet')), []);
  });
});

describe('media generation apps: a dev server code frame under the stack', () => {
  const frame = (argLines: string[]) =>
    [
      'Error generating images: Error [ApiError]: {"error":{"code":400,"message":"Imagen API is only accessible to billed users at this time.","status":"INVALID_ARGUMENT"}}',
      '    at async POST (src\\app\\api\\generate-images\\route.ts:25:21)',
      '  23 |     console.log("Generating images for prompt:", prompt);',
      '  24 |',
      ...argLines,
      '  status: 400',
      '}',
      ' POST /api/generate-images 500 in 2670ms',
    ].join('\n') + '\n';

  it('keeps the marked line at the margin in the block and reads the model from the call arguments below it', () => {
    const text = frame([
      '> 25 |     const response = await ai.models.generateImages({',
      '     |                     ^',
      "  26 |       model: 'imagen-4.0-generate-preview-06-06',",
      '  27 |       prompt: prompt,',
    ]);
    const [i] = scanText(text);
    assert.equal(i.model, 'imagen-4.0-generate-preview-06-06');
    assert.deepEqual(i.userFrame && { file: i.userFrame.file, line: i.userFrame.line }, { file: 'src\\app\\api\\generate-images\\route.ts', line: 25 });
  });

  it('a call closed on its marked line takes no model from the next statement', () => {
    const text = frame([
      '> 25 |     const response = await ai.models.generateImages(request);',
      '     |                     ^',
      "  26 |     const other = { model: 'imagen-4.0-generate-001' };",
    ]);
    assert.deepEqual(
      scanText(text).map((i) => [i.provider, i.cause, i.model]),
      [['google', 'model-access', null]],
    );
  });

  it('a Markdown blockquote is still taken off a quoted line (not a code frame mark)', () => {
    const quoted =
      "> openai.AuthenticationError: Error code: 401 - {'error': {'message': 'Incorrect API key provided: sk-proj-****abcd.', 'type': 'invalid_request_error', 'code': 'invalid_api_key'}}\n";
    assert.deepEqual(verdicts(quoted), ['openai/invalid-token/401/null']);
  });
});
