// Hugging Face: `huggingface_hub` / `@huggingface/*` and huggingface.co (Hub and router).
import { ACCESS_FALLBACK, keyLackedFor, NM, pyArg, SITE } from './shared';
import type { ProviderPack } from './types';

// pyannote.audio's words for a Hub repo it could not download (it prints them and returns None): `Could not
// download 'pyannote/speaker-diarization-3.1' pipeline.` (`… model.` for a model).
const PYANNOTE_NO_DOWNLOAD = /\bCould not download '[\w.-]+\/[\w.-]+' (?:pipeline|model)\./;
const GRADIO_NO_TOKEN = /\bplease provide your Hugging Face access token\b/;
// A library's refusal to upload to the Hub without a login or a token, before any request: huggingpics' `RuntimeError:
// You must log in to push to hub! Run notebook_login() …`, AutoTrain's `ValueError: Token must be specified for push to hub`.
const PUSH_TO_HUB_NO_TOKEN = /\bYou must log in to push to hub\b|\bToken must be specified for push to hub\b/;
// SD.Next's words for a Hub repo it may not download (the Hub's gated refusal, printed in its own log line):
// `ERROR    Diffusers download error: id="black-forest-labs/FLUX.1-dev" model access requires login`.
const SDNEXT_NEEDS_LOGIN = /\bDiffusers download error: id="([\w.-]+\/[\w.-]*\w)" model access requires login\b/;
// The datasets library's words for a Hub dataset it may not read (`DatasetNotFoundError: Dataset 'owner/name' is a gated
// dataset on the Hub. You must be authenticated …`, `… doesn't exist on the Hub or cannot be accessed.`), and older
// releases' `Dataset 'name' doesn't exist on the Hub. If the repo is private or gated, make sure to log in …`.
const HUB_DATASET = /\bDataset '[^'\n]{1,200}' (?:is a gated dataset|doesn't exist) on the Hub\b/;
// The Hub's refusal to create a repo under a namespace the caller may not write (an org it is not in), printed by
// the CLI as a bare body: `{"error":"You don't have the rights to create a dataset under this namespace"}`.
const HUB_NO_RIGHTS_TO_CREATE = /\bYou don't have the rights to create a (?:model|dataset|space) under (?:this|the) namespace\b/;
const HUB_ID_NOT_RESOLVED =
  /(?<![\w./\\:~-])([\w-][\w.-]*\/[\w.-]*\w) is not a local folder and is not a valid model identifier listed on 'https:\/\/huggingface\.co\/models'/;

export const huggingface = {
  id: 'huggingface',
  name: 'Hugging Face',
  tokenEnvVars: ['HF_TOKEN', 'HUGGING_FACE_HUB_TOKEN'],
  baseUrlEnvVar: 'HF_ENDPOINT',
  // hf-mirror.com: the Hub's public mirror (set as HF_ENDPOINT), which relays the Hub's own answers.
  hosts: ['huggingface.co', '*.huggingface.co', 'hf-mirror.com'],
  consoleUrl: 'https://huggingface.co/settings/tokens',
  fixLinks: {
    // Access is requested on the model's own page; this page says how and where.
    'gated-repo': 'https://huggingface.co/docs/hub/models-gated',
  },
  token: { prefix: 'hf_', pattern: /^hf_[A-Za-z0-9_]{8,}$/, hint: 'Hugging Face tokens start with hf_' },
  recognition: {
    names: /^(?:hugging_?face|huggingface_?hub|hf)$/i,
    evidence: [
      keyLackedFor('hugging ?face'),
      { in: 'class', re: /^huggingface_hub\./, weight: 3 },
      { in: 'class', re: /^HubApiError$/, weight: 1 },
      { in: 'class', re: /^(?:GatedRepoError|RepositoryNotFoundError|HfHubHTTPError)$/, weight: 3 },
      { in: 'text', re: /\bgated repo|huggingface_hub|\bHfHubHTTPError\b/, weight: 3 },
      { in: 'frames', re: new RegExp(`${SITE}(?:huggingface_hub|transformers)[\\\\/]|${NM}@huggingface[\\\\/]`), weight: 3 },
      { in: 'text', re: /\bhuggingface\.co\b|\bHF_TOKEN\b|HUGGING_FACE_HUB_TOKEN/, weight: 3 },
      // Its Inference Providers (the router) by name; a body wrapped mid-sentence may lose the space.
      { in: 'text', re: /\bcall ?Inference ?Providers\b/, weight: 3 },
      { in: 'text', re: GRADIO_NO_TOKEN, weight: 3 },
      { in: 'text', re: PUSH_TO_HUB_NO_TOKEN, weight: 3 },
      // Its Inference API's words for a bad token, as LangChain's HuggingFaceHub quotes them
      // (`Error raised by inference API: Authorization header is correct, but the token seems invalid`),
      // and the Hub's own, printed as a bare body: `{"error":"Invalid credentials in Authorization header"}`.
      { in: 'text', re: /Authorization header is correct, but the token seems invalid|Invalid credentials in Authorization header/, weight: 3 },
      // huggingface_hub's InferenceClient with no token for an Inference Provider (smolagents carries it):
      // `You must provide an api_key to work with together API or log in with huggingface-cli login.`
      { in: 'text', re: /\bor log in with (?:`?huggingface-cli login`?|`?hf auth login`?)/, weight: 3 },
      // Its CLI, named by the Hub's messages (`… by executing `huggingface-cli login``), and the
      // words `whoami` answers a bad token with, quoted alone after `huggingface-cli login`.
      { in: 'text', re: /\bhuggingface-cli\b|\bInvalid user token\b/, weight: 3 },
      // The Hub's own sentence for a gated model, quoted alone (`Access to model meta-llama/Llama-4-Scout-17B-16E is restricted. You must …`).
      { in: 'text', re: /\bAccess to model [\w.-]+\/[\w.-]+ is restricted\b/, weight: 3 },
      // …and older huggingface_hub's (`Repo model meta-llama/Llama-2-7b-hf is gated. You must be authenticated to access it.`).
      { in: 'text', re: /\bRepo model [\w.-]+\/[\w.-]+ is gated\. You must\b/, weight: 3 },
      { in: 'text', re: PYANNOTE_NO_DOWNLOAD, weight: 3 },
      { in: 'text', re: SDNEXT_NEEDS_LOGIN, weight: 3 },
      { in: 'text', re: HUB_DATASET, weight: 3 },
      { in: 'text', re: HUB_NO_RIGHTS_TO_CREATE, weight: 3 },
      // The Inference API's refusal of a model kept for its paid plan (`Model requires a Pro subscription; check out hf.co/pricing …`).
      { in: 'text', re: /\bModel requires a Pro subscription\b/, weight: 3 },
      // huggingface.js's words when no Inference Provider serves the model, quoted without its frames.
      { in: 'text', re: /\bWe have not been able to find inference provider information for model\b/, weight: 3 },
    ],
    causes: ['model-access', 'missing-token', 'invalid-token', 'missing-scopes', 'gated-repo', 'network-block', 'proxy-html', 'permission-denied'],
    fallback: ACCESS_FALLBACK,
    signals: [
      // The router refusing the Inference Provider a model is pinned to (`403 Forbidden: The requested provider
      // 'deepinfra' is not available..`, read before the `Make sure your token has the correct permissions.` under
      // it): no provider this account may use serves the model that way.
      { cause: 'model-access', re: /\bThe requested provider '[\w.-]+' is not available\b/, after: 'org-mismatch' },
      // The Inference API keeps the model for its paid plan: this account may not use it (sent as a 400).
      { cause: 'model-access', re: /\bModel requires a Pro subscription\b/ },
      // huggingface.js finding no Inference Provider that serves the model (`Error: We have not been able to find
      // inference provider information for model owner/name.`): the router's `not supported by any provider` in the client's words.
      { cause: 'model-access', re: /\bWe have not been able to find inference provider information for model\b/ },
      // The Hub's refusal of a direct commit to a repo the caller may not write (`Forbidden: pass `create_pr=1` as a
      // query parameter to create a Pull Request.`): the account has no rights there, whatever the permissions hint under it says.
      { cause: 'permission-denied', re: /\bpass `?create_pr=1`? as a query parameter to create a Pull Request\b/, after: 'missing-scopes' },
      // A fine-grained token without the permission this call needs (Inference Providers, gated repos).
      { cause: 'missing-scopes', re: /Make sure your token has the correct permissions/ },
      // …and the Hub's 403 to a token whose role or fine-grained permissions do not cover the file:
      // `403 Forbidden: Authorization error..`, `… make sure you have a token with the `write` role.`, and older
      // huggingface_hub's `403 Client Error: Forbidden for url: …` with the reason alone on a line under it (`Authorization error.`).
      { cause: 'missing-scopes', re: /\bForbidden: Authorization error\b|make sure you have a token with the `write` role|^Authorization error\.[ \t\r]*$/m },
      { cause: 'missing-token', re: /You must provide an api_key to work with [\w -]+ API or log in with/ },
      // …and LangChain's check of the token against the Hub (`HuggingFaceEndpoint`, `HuggingFaceHub`).
      { cause: 'invalid-token', re: /\bInvalid user token\b|Could not authenticate with huggingface_hub\. Please check your API token/ },
      // The Hub's reason for refusing an expired token: `User Access Token "sd training" is expired`, also with the
      // next sentence glued on by a logger that adds its own without a space (FastEmbed: `… is expiredFalling back to …`).
      { cause: 'invalid-token', re: /\bUser Access Token "[^"\n]*" is expired(?![a-z])/ },
      // transformers.js (Chroma's JS default embedding function, LangChain JS) words every 401 of the
      // Hub so, the file's URL after it: a gated, private or missing repo for the request it sent.
      { cause: 'model-access', re: /\bUnauthorized access to file: "https:\/\/huggingface\.co\//, after: 'version-not-permitted' },
      // A 404 on a model's inference route (the router's `/<provider>/models/<owner>/<name>/…`, the
      // serverless API's `/models/<owner>/<name>` and `/status/<owner>/<name>`, the URL maybe wrapped
      // onto the next line): no provider you may use serves that model.
      {
        cause: 'model-access',
        re: /\b404 Client Error: Not Found for url:\s+https:\/\/(?:router\.huggingface\.co\/[\w-]+\/models|api-inference\.huggingface\.co\/(?:models|status))\/[\w.-]+\/[\w.-]+/,
      },
      // …and that 404 as aiohttp prints its response (`<ClientResponse(https://…/models/owner/name) [404 Not Found]>`).
      {
        cause: 'model-access',
        re: /<ClientResponse\(https:\/\/(?:router\.huggingface\.co\/[\w-]+\/models|api-inference\.huggingface\.co\/(?:models|status))\/[\w.-]+\/[\w.-]+[^\s)]*\) \[404 Not Found\]>/,
      },
      // …and on the Hub's own record of a model repo (`…/api/models/<owner>/<name>/revision/main`, what `from_pretrained` and
      // `snapshot_download` ask first), which older huggingface_hub raised as a bare HfHubHTTPError: no such repo for this token.
      // Not a file or folder in it (`…/tree/…`, `…/resolve/…`), which a repo that exists may lack.
      {
        cause: 'model-access',
        re: /\b404 Client Error: Not Found for url:\s+https:\/\/huggingface\.co\/api\/models\/[\w.-]+\/[\w.-]+(?:\/revision\/[\w.-]+)?(?=[\s?)]|$)/,
      },
      // transformers' words for a Hub repo it could not read, quoted without the Hub's status lines (an issue's body, a
      // notebook's last lines): `OSError: owner/name is not a local folder and is not a valid model identifier listed on
      // 'https://huggingface.co/models'`, then its hint `If this is a private repository, make sure to pass a token …`. The
      // hint says access; the line alone may be a typo, and under the Hub's own 401 it is that report's last line. Inside a
      // dumped dict or JSON string the line break prints as `\n` (a log record's `{"error": "… listed on '…/models'\nIf this is …"}`).
      { cause: 'model-access', re: new RegExp(`${HUB_ID_NOT_RESOLVED.source}(?:\\s|\\\\n)+If this is a private repository, make sure to pass a token\\b`) },
      // transformers' line naming the gated repo's page (it prints it only for the Hub's GatedRepoError), quoted alone
      // (a discussion's blockquote): `Make sure to have access to it at https://huggingface.co/owner/name.`
      { cause: 'gated-repo', re: /\bMake sure to (?:have access to it|request access) at https:\/\/(?:huggingface\.co|hf-mirror\.com)\/[\w-]+\/[\w.-]*\w/ },
      // The datasets library's words for the Hub's gated refusal of a dataset, quoted without the Hub's status lines.
      { cause: 'gated-repo', re: /\bis a gated dataset on the Hub\b/ },
      // …and for a dataset the Hub would not show this caller, with its access hint (`… or cannot be accessed.`, `… If the
      // repo is private or gated, make sure to log in …`): as transformers' `not a valid model identifier` above, the
      // hint says access; `Dataset 'x' doesn't exist on the Hub` alone may be a typo.
      { cause: 'model-access', re: /\bDataset '[^'\n]{1,200}' doesn't exist on the Hub(?: or cannot be accessed\b|\. If the repo is private or gated\b)/ },
      { cause: 'permission-denied', re: HUB_NO_RIGHTS_TO_CREATE },
      // A client library's own words for the Hub's gated refusal (R's hfhub: `Error: Access denied to gated repository.`).
      { cause: 'gated-repo', re: /\bAccess denied to gated repo(?:sitory)?\b/i },
      // pyannote.audio prints that only on the Hub's RepositoryNotFoundError and says why: the repo is gated or private
      // (`visit https://hf.co/<repo> to accept the user conditions`).
      { cause: 'gated-repo', re: PYANNOTE_NO_DOWNLOAD },
      // SD.Next prints that only when the Hub refused a gated repo to a caller without a token.
      { cause: 'gated-repo', re: SDNEXT_NEEDS_LOGIN },
      // huggingface_hub asked to send the saved token when there is none (`token=True`):
      // `LocalTokenNotFoundError: Token is required (`token=True`), but no token found. …`.
      { cause: 'missing-token', re: /\bLocalTokenNotFoundError\b|\bToken is required \(`token=True`\), but no token found\b/ },
      // Gradio's `gr.load("models/…")` without a token: "Could not find model: owner/name. If it is a
      // private or gated model, please provide your Hugging Face access token (https://huggingface.co/settings/tokens)…".
      { cause: 'missing-token', re: GRADIO_NO_TOKEN },
      { cause: 'missing-token', re: PUSH_TO_HUB_NO_TOKEN },
    ],
    modelPatterns: [
      // A repo without an owner names no model here: `api/models/None/tree/float16` is the API's route, not `None/tree`.
      /(?:huggingface\.co|hf-mirror\.com)\/api\/models\/([\w.-]+\/(?!(?:tree|revision|auth-check|paths-info|commits|refs|discussions|preupload)\b)[\w.-]+)/,
      // …and an id without its owner there (`…/api/models/gpt2/revision/main`, or a local file name a caller passed as
      // the repo id: `…/api/models/llama-2-7b-chat.ggmlv3.q8_0.bin/revision/main`).
      /(?:huggingface\.co|hf-mirror\.com)\/api\/models\/([\w.-]+)\/revision\//,
      /(?:huggingface\.co|hf-mirror\.com)\/(?!api\/)([\w.-]+\/[\w.-]+)\/resolve\//,
      // An id without its owner, as a caller may pass it (`all-mpnet-base-v2`), or a local server's tag passed as one
      // (`qwen3-embedding:4b`, an Ollama name, which transformers.js puts in the URL as given): the Hub refuses that repo.
      /(?:huggingface\.co|hf-mirror\.com)\/(?!api\/)([\w.-]+(?::[\w.-]*\w)?)\/resolve\//,
      /router\.huggingface\.co\/[\w-]+\/models\/([\w.-]+\/[\w.-]+)/,
      // huggingface.js: `… inference provider information for model owner/name.` (the sentence's full stop is not the id's).
      /\binference provider information for model ([\w.-]+\/[\w.-]*\w)/,
      // The serverless Inference API: `https://api-inference.huggingface.co/models/owner/name/v1/chat/completions`.
      /api-inference\.huggingface\.co\/(?:models|status)\/([\w.-]+\/(?!v1\/)[\w.-]+)/,
      // …and an id without its owner (`https://api-inference.huggingface.co/models/gpt2`), the path ending there or at `/v1/`.
      /api-inference\.huggingface\.co\/models\/([\w-]+(?:\.[\w-]+)*)(?=\/v1\/|[\s'"),]|\.(?:\s|$)|$)/m,
      // "Make sure to have access to it at https://huggingface.co/owner/name." (older transformers:
      // "Make sure to request access at https://huggingface.co/owner/name and pass a token …")
      /(?:access to it|request access) at https:\/\/huggingface\.co\/([\w-]+\/[\w.-]*[\w])/,
      // "Visit https://huggingface.co/owner/name to ask for access." (the Hub's gated refusal to a token not on the
      // list), and a client's `Visit <https://huggingface.co/owner/name> to accept the terms.`
      /\bVisit <?https:\/\/huggingface\.co\/([\w-]+\/[\w.-]*\w)>? to (?:ask for access|accept)\b/,
      // pyannote.audio: "Could not download 'owner/name' pipeline." (or "model.").
      /\bCould not download '([\w.-]+\/[\w.-]*\w)' (?:pipeline|model)\./,
      // transformers' `owner/name is not a local folder and is not a valid model identifier listed on 'https://huggingface.co/models'`.
      HUB_ID_NOT_RESOLVED,
      SDNEXT_NEEDS_LOGIN,
      // "Access to model owner/name is restricted." (the Hub's gated refusal).
      /\bAccess to model ([\w.-]+\/[\w.-]*[\w]) is restricted\b/,
      // Older huggingface_hub's words for it (`Repo model owner/name is gated. You must be authenticated …`),
      // whatever host the URL above names (a mirror's `https://hf-mirror.com/api/models/…/revision/main`).
      /\bRepo model ([\w.-]+\/[\w.-]*\w) is gated\b/,
    ],
  },
  python: {
    pipPackage: 'huggingface_hub',
    module: 'huggingface_hub',
    importLine: 'from huggingface_hub import errors as hf_errors',
    baseErrorClass: 'hf_errors.HfHubHTTPError',
    statusErrorClasses: { 401: 'hf_errors.RepositoryNotFoundError', 403: 'hf_errors.GatedRepoError', 404: 'hf_errors.RepositoryNotFoundError' },
  },
  node: {
    npmPackage: '@huggingface/hub',
    importName: 'HubApiError',
    importStyle: 'named',
    errorGuard: '{err} instanceof HubApiError',
  },
  syntax: {
    modelArgs: ['model', 'repo_id', 'repo'],
    python: {
      modules: ['huggingface_hub'],
      clients: ['InferenceClient', 'AsyncInferenceClient', 'HfApi'],
      functions: ['hf_hub_download', 'snapshot_download', 'model_info', 'auth_check'],
      tokenArgs: ['token', 'api_key'],
      modelCalls: ['InferenceClient', 'AsyncInferenceClient', 'hf_hub_download', 'snapshot_download', 'model_info', 'auth_check'],
    },
    node: {
      modules: ['@huggingface/inference', '@huggingface/hub'],
      clients: ['InferenceClient', 'HfInference'],
      functions: ['downloadFile', 'listFiles', 'modelInfo'],
      tokenArgs: ['accessToken'],
      positionalClients: ['HfInference', 'InferenceClient'],
    },
  },
  snippets: {
    model: 'meta-llama/Llama-3.1-8B',
    altModel: 'openai-community/gpt2',
    python: {
      imports: 'import os\nfrom huggingface_hub import HfApi\nfrom huggingface_hub import errors as hf_errors',
      client: (k) => `api = HfApi(${pyArg(k, 'token')})`,
      call: (m) => `path = api.hf_hub_download(repo_id="${m}", filename="config.json")`,
    },
    javascript: {
      imports: "import { downloadFile, HubApiError } from '@huggingface/hub';",
      client: (k) => `const accessToken = ${k ?? 'process.env.HF_TOKEN'};`,
      call: (m) => `const file = await downloadFile({ repo: '${m}', path: 'config.json', accessToken });`,
    },
  },
  modelFallbacks: {
    'meta-llama/Llama-3.3-70B-Instruct': ['meta-llama/Llama-3.1-8B-Instruct', 'Qwen/Qwen2.5-72B-Instruct'],
    'meta-llama/Meta-Llama-3.1-70B-Instruct': ['meta-llama/Llama-3.1-8B-Instruct', 'Qwen/Qwen2.5-72B-Instruct'],
    'meta-llama/Meta-Llama-3-8B-Instruct': ['Qwen/Qwen2.5-7B-Instruct', 'microsoft/Phi-3-mini-4k-instruct'],
    'meta-llama/Llama-3.1-8B-Instruct': ['Qwen/Qwen2.5-7B-Instruct', 'microsoft/Phi-3-mini-4k-instruct'],
    'meta-llama/Llama-2-7b-chat-hf': ['Qwen/Qwen2.5-7B-Instruct', 'HuggingFaceH4/zephyr-7b-beta'],
    'mistralai/Mistral-7B-Instruct-v0.3': ['Qwen/Qwen2.5-7B-Instruct', 'HuggingFaceH4/zephyr-7b-beta'],
    'mistralai/Mixtral-8x7B-Instruct-v0.1': ['Qwen/Qwen2.5-72B-Instruct', 'mistralai/Mistral-7B-Instruct-v0.3'],
    'google/gemma-2-9b-it': ['Qwen/Qwen2.5-7B-Instruct', 'microsoft/Phi-3-mini-4k-instruct'],
    'google/gemma-7b': ['Qwen/Qwen2.5-7B-Instruct'],
    'black-forest-labs/FLUX.1-dev': ['black-forest-labs/FLUX.1-schnell', 'stabilityai/stable-diffusion-xl-base-1.0'],
    'stabilityai/stable-diffusion-3-medium-diffusers': ['stabilityai/stable-diffusion-xl-base-1.0'],
  },
  models: { retirements: [], spellCheck: false, listIsComplete: true },
  check: {
    client: 'http',
    defaultBaseUrl: 'https://huggingface.co',
    auth: { header: 'Authorization', prefix: 'Bearer ' },
    account: { path: '/api/whoami-v2', nameFields: ['name', 'fullname'] },
    // huggingface_hub's auth_check(): 200 when the token may read the repo.
    model: { path: '/api/models/{model}/auth-check', when: 'always', idPattern: /^[\w.-]+(\/[\w.-]+)?$/, idHint: 'owner/name' },
    tokenNoun: 'token',
    rules: [
      {
        header: { name: 'x-error-code', includes: 'GatedRepo' },
        outcome: 'no-access',
        reason: 'gated',
        message: 'The {provider} token{envVarParen} is valid but has not been granted access to the gated repo {model} ({status}).',
        nextStep:
          'Open https://huggingface.co/{model} logged in as {accountOr}, accept the conditions and wait for approval; a fine-grained token also needs "read access to public gated repos".',
      },
      { step: 'model', header: { name: 'x-error-code', includes: 'RepoNotFound' }, outcome: 'model-not-found' },
      { status: [401, 404], step: 'model', outcome: 'model-not-found' },
    ],
  },
} satisfies ProviderPack;
