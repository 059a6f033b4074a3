import * as assert from 'node:assert/strict';
import { scanText, TraceEngine } from '../../../src/core/engine';
import { parseBlock } from '../../../src/core/parse';
import { lineReportStart } from '../../../src/core/parse/layouts/reportStart';
import { StreamScanner } from '../../../src/core/scan/streamScanner';
import type { CutBlock } from '../../../src/core/parse/layouts/block';
import type { Incident } from '../../../src/core/types';
import { realFixtures, realSummary } from '../../support/realFixtures';
import { verdicts } from './helpers';

// Report heads that name no `Error` on their line: a debugger's `Exception has occurred: X`,
// google.api_core's `PermissionDenied: 403 …` with its protobuf details, replicate-python's
// `ReplicateError Details:` after a tool's prefix. Google's words are shared by every Google API:
// only the AI API's own words (generativelanguage, aiplatform) make them an incident.

function cut(text: string): CutBlock[] {
  const s = new StreamScanner();
  return [...s.push(text), ...s.flush()];
}

/** google.api_core's str(): `{code} {message} [details]`, the details as protobuf text. */
function apiCoreDump(service: string, reason: string): string {
  return [
    `[links {`,
    `  description: "Google developers console API activation"`,
    `  url: "https://console.developers.google.com/apis/api/${service}/overview?project=123"`,
    `}`,
    `, reason: "${reason}"`,
    `domain: "googleapis.com"`,
    `metadata {`,
    `  key: "service"`,
    `  value: "${service}"`,
    `}`,
    `]`,
  ].join('\n');
}

const DISABLED = (api: string, service: string): string =>
  `403 ${api} has not been used in project 123 before or it is disabled. Enable it then retry. ${apiCoreDump(service, 'SERVICE_DISABLED')}`;

describe("report heads: a debugger's display", () => {
  const head = 'Exception has occurred: PermissionDenied       (note: full exception trace is shown but execution is paused at: _run_module_as_main)';

  it('reads the class on the head and the message with its details below as one report', () => {
    const text = `${head}\n${DISABLED('Generative Language API', 'generativelanguage.googleapis.com')}\n`;
    const blocks = cut(text);
    assert.equal(blocks.length, 1);
    assert.equal(blocks[0].layout, 'line-report');
    const t = parseBlock(blocks[0]);
    assert.equal(t?.errorClass, 'PermissionDenied');
    assert.equal(t?.status, 403);
    assert.ok(t?.message.startsWith('403 Generative Language API has not been used'));
    assert.ok(blocks[0].text.endsWith(']'), 'the details up to their closing bracket belong to it');
    assert.deepEqual(verdicts(text), ['google/api-not-enabled/403/null']);
  });

  it('Markdown bold kept from a post is read the same', () => {
    const text = `**Exception has occurred: PermissionDenied**\n${DISABLED('Generative Language API', 'generativelanguage.googleapis.com')}\n`;
    assert.deepEqual(verdicts(text), ['google/api-not-enabled/403/null']);
  });

  it('the same display for a non-AI Google API says nothing (control above)', () => {
    assert.deepEqual(verdicts(`${head}\n${DISABLED('BigQuery API', 'bigquery.googleapis.com')}\n`), []);
  });

  it('with frames after the message, the frames are read as the trace', () => {
    const text = `Exception has occurred: PermissionDenied\n403 Request had insufficient authentication scopes. [reason: "ACCESS_TOKEN_SCOPE_INSUFFICIENT"\nmetadata {\n  value: "generativelanguage.googleapis.com"\n}\n]\n  File "/home/dev/app.py", line 7, in <module>\n    response = genai.chat(messages=["Hello."])\n`;
    const [i] = scanText(text);
    assert.equal(`${i?.provider}/${i?.cause}/${i?.status}`, 'google/missing-scopes/403');
    assert.deepEqual(i?.userFrame && [i.userFrame.file, i.userFrame.line], ['/home/dev/app.py', 7]);
  });
});

describe("report heads: google.api_core's bare `PermissionDenied: 403 …`", () => {
  it('is a report line though it says no Error; a header such as `Status: 401 …` is not', () => {
    assert.equal(lineReportStart('PermissionDenied: 403 Request had insufficient authentication scopes. [reason: "X"'), 0);
    assert.equal(lineReportStart('NotFound: 404 models/gemini-pro is not found'), 0);
    assert.equal(lineReportStart('Status: 401 Unauthorized'), -1);
    assert.equal(lineReportStart('PermissionDenied: nothing here'), -1);
  });

  it('found in a stream with no other anchor, its protobuf details read to their end', () => {
    const text = `$ python palm.py\nPermissionDenied: 403 Request had insufficient authentication scopes. [reason: "ACCESS_TOKEN_SCOPE_INSUFFICIENT"\ndomain: "googleapis.com"\nmetadata {\n  key: "service"\n  value: "generativelanguage.googleapis.com"\n}\n]\n$ \n`;
    const blocks = cut(text);
    assert.equal(blocks.length, 1);
    assert.ok(blocks[0].text.includes('generativelanguage.googleapis.com'));
    assert.equal(parseBlock(blocks[0])?.language, 'python');
    assert.deepEqual(verdicts(text), ['google/missing-scopes/403/null']);
  });

  it('the same 403 from a non-AI Google API says nothing (control above)', () => {
    assert.deepEqual(verdicts(`PermissionDenied: ${DISABLED('BigQuery Storage API', 'bigquerystorage.googleapis.com')}\n`), []);
    assert.deepEqual(verdicts(`PermissionDenied: ${DISABLED('Generative Language API', 'generativelanguage.googleapis.com')}\n`), [
      'google/api-not-enabled/403/null',
    ]);
  });

  it('after the raw gRPC error it was raised from: one failure, one incident, named by the service', () => {
    const grpc = `_InactiveRpcError: <_InactiveRpcError of RPC that terminated with:\n\tstatus = StatusCode.PERMISSION_DENIED\n\tdetails = "Permission denied on resource project demo."\n`;
    const denied = (service: string): string =>
      `PermissionDenied: 403 Permission denied on resource project demo. [links {\n  description: "Google developer console API key"\n}\n, reason: "CONSUMER_INVALID"\nmetadata {\n  key: "service"\n  value: "${service}"\n}\n`;
    assert.deepEqual(verdicts(grpc + denied('aiplatform.googleapis.com')), ['google/permission-denied/403/null']);
    assert.deepEqual(verdicts(grpc + denied('pubsub.googleapis.com')), []);
  });
});

describe("report heads: replicate-python's `ReplicateError Details:`", () => {
  const lines = ['title: Unauthenticated', 'status: 401', 'detail: You did not pass a valid authentication token'];

  it('starts a report after a tool prefix; a bare `Error Details:` or other words do not', () => {
    const line = '!!! Exception during processing !!! ReplicateError Details:';
    assert.equal(lineReportStart(line), line.indexOf('ReplicateError'));
    assert.equal(lineReportStart('Error Details:'), -1);
    assert.equal(lineReportStart('Build Details:'), -1);
    assert.equal(lineReportStart('ReplicateError Details: see below'), -1);
  });

  it('reads the class, and the status and detail on the lines below', () => {
    const text = `!!! Exception during processing !!! ReplicateError Details:\n${lines.join('\n')}\n`;
    const blocks = cut(text);
    assert.equal(blocks.length, 1);
    const t = parseBlock(blocks[0]);
    assert.deepEqual([t?.errorClass, t?.status, t?.language], ['ReplicateError', 401, 'python']);
    assert.deepEqual(verdicts(text), ['replicate/invalid-token/401/null']);
  });

  it('another class with the same layout and no provider word says nothing (control above)', () => {
    assert.deepEqual(verdicts(`!!! Exception during processing !!! ValidationError Details:\ntitle: Bad input\nstatus: 401\ndetail: size must be even\n`), []);
  });
});

describe('report heads: the real fixtures they were made for', () => {
  const names = [
    'google-sdk/api-core-permissiondenied-service-disabled-palm.txt',
    'google-sdk/palm-permissiondenied-scope-insufficient.txt',
    'grpc/inactive-rpc-then-permissiondenied-vertex-training.txt',
    'replicate/comfyui-replicateerror-details-401.txt',
  ];
  const fixtures = realFixtures().filter((f) => names.includes(f.name));

  it('all four are present', () => assert.equal(fixtures.length, names.length));

  for (const f of fixtures) {
    it(`${f.name}: same incidents when split at every offset`, function () {
      this.timeout(60_000);
      const want = JSON.stringify(f.expect);
      for (let k = 0; k <= f.text.length; k++) {
        const e = new TraceEngine();
        const out: Incident[] = [...e.push('s', f.text.slice(0, k)), ...e.push('s', f.text.slice(k)), ...e.end('s')];
        const got = JSON.stringify(out.map((i) => realSummary(i)));
        if (got !== want) assert.fail(`split at ${k}: ${got}`);
      }
    });
  }
});

describe("report heads: Azure OpenAI's DeploymentNotFound sentence quoted alone", () => {
  it('is a report in a sentence that says no error; prose about deployments is not', () => {
    assert.deepEqual(
      verdicts(
        'When I run, prompt ：The API deployment for this resource does not exist. If you created the deployment within the last 5 minutes, please wait a moment and try again.  But my deployment already exists.',
      ),
      ['azure-openai/model-access/null/null'],
    );
    assert.deepEqual(verdicts('The API deployment for this resource is described in the README; run `azd up` first.'), []);
  });
});

describe("report heads: google.api_core's bare `NotFound: 404 …` for a retired model", () => {
  it('is a report; the replacement it suggests is not the model; a non-AI 404 says nothing', () => {
    assert.deepEqual(
      verdicts(
        'NotFound: 404 Gemini 1.0 Pro Vision has been deprecated on July 12, 2024. Consider switching to different model, for example gemini-1.5-flash.',
      ),
      ['google/model-access/404/null'],
    );
    assert.deepEqual(verdicts('NotFound: 404 Not found: Dataset my-project:analytics was not found in location US'), []);
  });
});

describe('report heads: OpenAI model refusals whose backticks a Markdown copy lost', () => {
  it('reads the model of `The model gpt-4-vision-preview has been deprecated`; a sentence naming none gives none', () => {
    const body = (sentence: string) =>
      `An error occurred: Error code: 404 - {'error': {'message': '${sentence}, learn more here: [](https://platform.openai.com/docs/deprecations)', 'type': 'invalid_request_error', 'param': None, 'code': 'model_not_found'}}`;
    assert.deepEqual(verdicts(body('The model gpt-4-vision-preview has been deprecated')), ['openai/model-access/404/gpt-4-vision-preview']);
    assert.deepEqual(verdicts(body('The model you asked for has been deprecated')), ['openai/model-access/404/null']);
  });
});

describe('a head that states only `Error code: NNN`, its message on the next line', () => {
  it("reads the next line as the head's message: one report, the head's status (omi#6893's log)", () => {
    const text = 'openai.PermissionDeniedError: Error code: 403\nProject `proj_abc` does not have access to model `text-embedding-3-large`\n';
    assert.deepEqual(verdicts(text), ['openai/model-access/403/text-embedding-3-large']);
    assert.match(scanText(text)[0].message, /Error code: 403 Project `proj_abc`/);
  });

  it('a next line with its own status is its own report, and a head with more than its status takes no line (controls)', () => {
    const own =
      "openai.PermissionDeniedError: Error code: 403\nopenai.AuthenticationError: Error code: 401 - {'error': {'message': 'Incorrect API key provided: sk-abc***', 'code': 'invalid_api_key'}}\n";
    assert.equal(verdicts(own).length, 2);
    const said =
      "openai.PermissionDeniedError: Error code: 403 - {'error': {'code': 'unsupported_country_region_territory', 'message': 'Country, region, or territory not supported'}}\nProject `proj_abc` does not have access to model `gpt-4o`\n";
    assert.deepEqual(verdicts(said), ['openai/unsupported-region/403/null', 'openai/model-access/null/gpt-4o']);
  });
});

describe("report heads: a bare `Error: ` after a logger's level column", () => {
  it('starts the report as at the start of a line (a review CLI in CI: `ERROR\\tError: Error: ACME_API_KEY is not set`)', () => {
    for (const level of ['ERROR\t', '[ERROR] ', 'ERROR: ', 'error ']) {
      assert.deepEqual(verdicts(`${level}Error: Error: OPENAI_API_KEY is not set\nError: Process completed with exit code 1.\n`), [
        'openai/missing-token/null/null',
      ]);
    }
    assert.equal(lineReportStart('ERROR\tError: Error: OPENAI_API_KEY is not set'), 6);
  });

  it('a bare `Error: ` after other words, after an info level, or with no access words says nothing (controls)', () => {
    assert.deepEqual(verdicts('Server Error: OPENAI_API_KEY is not set\n'), []);
    assert.deepEqual(verdicts('INFO\tError: OPENAI_API_KEY is not set\n'), []);
    assert.deepEqual(verdicts('ERROR\tError: Process completed with exit code 1.\n'), []);
    assert.deepEqual(verdicts('ERROR\tOPENAI_API_KEY is not set, skipping trace export\n'), []);
    assert.equal(lineReportStart('Server Error: OPENAI_API_KEY is not set'), -1);
  });
});

describe('report heads: an exception whose message is an HTML page printed over many lines', () => {
  const page = (title: string, stamp = ''): string =>
    [
      'openai.PermissionDeniedError: <!DOCTYPE html>',
      '<!--[if lt IE 7]> <html class="no-js ie6 oldie" lang="en-US"> <![endif]-->',
      '<!--[if IE 7]>    <html class="no-js ie7 oldie" lang="en-US"> <![endif]-->',
      '<!--[if gt IE 8]><!--> <html class="no-js" lang="en-US"> <!--<![endif]-->',
      '<head>',
      '<meta charset="UTF-8" />',
      `<title>${title}</title>`,
      '<meta name="robots" content="noindex, nofollow" />',
      '',
    ]
      .map((l) => stamp + l)
      .join('\n');

  it("takes the page's lines below the head, its title among them (also under Docker Desktop's time column)", () => {
    assert.deepEqual(verdicts(page('Attention Required! | Cloudflare')), ['openai/network-block/403/null']);
    assert.deepEqual(verdicts(page('Attention Required! | Cloudflare', '2024-05-27 18:22:20 ')), ['openai/network-block/403/null']);
  });

  it('a head whose message is no page takes four lines at most, and plain lines below a page head are not the page (controls)', () => {
    const words = ['openai.PermissionDeniedError: Forbidden', 'one', 'two', 'three', 'four', 'five', 'six', 'Attention Required! | Cloudflare', ''].join('\n');
    assert.deepEqual(verdicts(words), ['openai/permission-denied/403/null']);
    const prose = ['openai.PermissionDeniedError: <!DOCTYPE html>', 'one', 'two', 'three', 'four', 'five', 'Attention Required! | Cloudflare', ''].join('\n');
    assert.notDeepEqual(verdicts(prose), ['openai/network-block/403/null']);
  });
});
