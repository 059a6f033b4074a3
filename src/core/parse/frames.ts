// Which frames belong to the user's own code, and a generic HTTP status reader.
import { escapeRegExp } from '../escapeRegExp';
import { fromPacks, SDK_SYNTAX } from '../providers';
import type { Frame } from '../types';

const LIBRARY = [
  /(?:^|[\\/])(?:site-packages|dist-packages|node_modules)[\\/]/,
  /^node:/,
  /^internal[\\/]/,
  /^<(?:frozen |anonymous|string>|builtin|node_internals>)/,
  // Bun's and V8's own code: `at processTicksAndRejections (native:7:39)`, `[native code]`, and
  // JavaScriptCore's frames without a source (`at new sW (unknown:1:28)` in a Bun-compiled CLI).
  /^(?:native|\[native code\]|unknown)$/,
  /(?:^|[\\/])lib[\\/]python\d(?:\.\d+)?[\\/]/i,
  /(?:^|[\\/])Lib[\\/](?!site-packages)[\w.-]+(?:[\\/]|\.py$)/,
  // …and the same standard library printed with a lowercase `lib` (older python.org installers, the Microsoft Store's
  // Python: `…\Python310\lib\asyncio\tasks.py`, `…\PythonSoftwareFoundation.Python.3.10_3.10.3056.0_x64__qbz5n2kfra8p0\lib\json\decoder.py`):
  // only under a Python install's own folder, since a project's `lib\` is the user's.
  /[\\/](?:Python\d{2,3}(?:-32|-64)?|PythonSoftwareFoundation\.Python\.\d+\.\d+_[\w.]+)[\\/]lib[\\/]/i,
  // Next.js bundles: server chunks and vendor chunks are libraries, the app's own routes are not
  // (Next.js 16's dev server builds into `.next/dev/server/chunks/…`).
  /(?:^|[\\/])\.next[\\/](?:dev[\\/])?server[\\/](?:chunks|vendor-chunks)[\\/]/,
  // Vite's prebundled dependencies, also under the Angular CLI's cache (`node_modules/.vite/deps/…`,
  // `.angular/cache/19.2.5/app/vite/deps_ssr/@genkit-ai_googleai.js`): the packages, flattened into one file each.
  /(?:^|[\\/])\.?vite[\\/]deps(?:_ssr)?[\\/]/,
  // Deno's npm and remote module caches, remote modules.
  // A page a local dev server serves (Vite's `http://localhost:5173/src/App.tsx`) is the user's own.
  /(?:^|[\\/])deno[\\/](?:npm|deps|remote)[\\/]|^(?:https?:(?!\/\/(?:localhost|127\.0\.0\.1|0\.0\.0\.0|\[::1\])[:/])|npm:|jsr:)/,
  // Inside a Bun-compiled executable (`/$bunfs/root/…`, `B:/~BUN/root/…` on Windows): bundled
  // code that cannot be opened or edited, like a Next.js chunk.
  /^\/\$bunfs\/|^[A-Za-z]:[\\/]~BUN[\\/]/,
  // …and inside a pkg-built one (`/snapshot/app/out/index.js`, `C:\snapshot\…`): its virtual file system.
  /^\/snapshot\/|^[A-Za-z]:[\\/]snapshot[\\/]/,
  // …and inside an installed browser extension (`chrome-extension://<id>/background.js`, Firefox's `moz-extension://`):
  // the store's package, not a file the user edits.
  /^(?:chrome|moz|safari-web)-extension:\/\//,
  // …and inside an Obsidian plugin, whose bundle the app loads as `plugin:<id>` (`at CopilotPlugin.onload (plugin:copilot:111902:20)`):
  // the plugin's one generated file from its store release, not a file the user edits.
  /^plugin:[\w.-]+$/,
  // …and inside an Electron app's archive (`…\resources\app.asar\.vite\build\main.js`): the app's bundle, not the user's.
  /\.asar[\\/]/,
  // …and the same bundle before packaging, as Electron Forge's Vite plugin builds it in dev (`<repo>/.vite/build/main-DZf9MeHr.js`):
  // the app and its SDKs flattened into one generated file, so a frame there is not a line the user wrote.
  /(?:^|[\\/])\.vite[\\/]build[\\/]/,
  // Bun's built-ins: `at processTicksAndRejections (native:7:39)`.
  /^native$/,
  // Julia's installed packages (`~/.julia/packages/OpenAI/wLQsT/src/OpenAI.jl`) and Base's own files,
  // printed bare (`./boot.jl`, `./client.jl`).
  /(?:^|[\\/])\.julia[\\/]packages[\\/]|^\.\/\w+\.jl$/,
  // .NET packages built with SourceLink print their build paths: `/_/sdk/openai/Azure.AI.OpenAI/src/…`.
  /^\/_\//,
  // Composer's packages (PHP) and Go's vendored modules: `/app/vendor/openai-php/client/src/…`;
  // a Python package's vendored copy of another (`pip/_vendor/…`, `calfkit/_vendor/pydantic_ai/…`).
  /(?:^|[\\/])_?vendor[\\/]/,
  // A GitHub Actions runner keeps the actions a workflow uses (their bundled code) under its work
  // folder: `/home/runner/work/_actions/owner/repo/ref/…`, `D:\a\_actions\…` on Windows.
  /[\\/](?:work|a)[\\/]_actions[\\/][^\\/]+[\\/][^\\/]+[\\/]/,
  // AWS Lambda's layers: their Python packages are under `/opt/python/` (Node's under `/opt/nodejs/node_modules/`).
  /^\/opt\/python\//,
  // …and Lambda's own runtime (`at postError (file:///var/runtime/index.mjs:711:51)`, `/var/runtime/bootstrap.py`):
  // the platform's code, innermost when a handler calls `context.fail` or a promise rejection goes unhandled.
  /^\/var\/runtime\//,
  // …and Modal's container runtime (`File "/pkg/modal/_container_io_manager.py", line 492, in handle_input_exception`):
  // the platform's client mounted into every container, outermost around the user's function.
  /^\/pkg\/modal\//,
  // PHP's internal functions have no file: `#0 [internal function]: …`.
  /^\[internal function\]$/,
  // Ruby's installed gems (`…/gems/3.4.0/gems/faraday-2.12.2/lib/…`, Bundler's git checkouts under
  // `bundler/gems/`), its standard library (`/usr/lib/ruby/3.2.0/net/http.rb`) and core (`<internal:kernel>`).
  /(?:^|[\\/])gems[\\/][\w.-]+-[\w.]+[\\/]|(?:^|[\\/])lib[\\/]ruby[\\/]\d+\.\d+(?:\.\d+)?[\\/]|^<internal:/,
];

/**
 * First path segments that are a library when a trace prints a relative path
 * (`replicate/client/models.py`, `openai/_base_client.py`): the SDK packages the fix data
 * knows (the provider packs' SDK syntax). Wrapper libraries add theirs with addLibraryPackages.
 */
const PACKAGES = new Set<string>();
for (const p of Object.values(SDK_SYNTAX)) {
  for (const m of [...p.python.modules, ...p.node.modules]) PACKAGES.add(m.startsWith('@') ? m : m.split('.')[0]);
}

/**
 * Python's HTTP transports, which a frozen app (PyInstaller, calibre's plugins) prints relative like the SDKs
 * (`File "requests\\models.py", line 1024, in raise_for_status`, `File "mechanize/_mechanize.py", …`): never the user's code.
 * …and the validation library whose model constructors run a wrapper's client set-up (`File "pydantic\\main.py", line 214,
 * in __init__` between the app's `embedding_adapters.py` and `langchain_openai\\embeddings\\base.py`), and the retry
 * library around SDK calls (`tenacity\\__init__.py`).
 */
for (const p of ['requests', 'httpx', 'httpcore', 'urllib3', 'aiohttp', 'mechanize', 'pydantic', 'pydantic_core', 'tenacity']) PACKAGES.add(p);

/** Declares more packages whose relative paths are library code (wrapper libraries' carriers). */
export function addLibraryPackages(names: Iterable<string>): void {
  for (const n of names) PACKAGES.add(n);
}

/** A path a poster shortened at its start (`.../litellm/llms/…`, `…/openai/_base_client.py`). */
const ELIDED_START = /^(?:\.\.\.|\u2026)[\\/]/;

/**
 * A serverless deployment package's root, where `pip install -t .` puts the dependencies beside the handler
 * (AWS Lambda's and Vercel's Python runtimes: `/var/task/openai/_base_client.py` next to `/var/task/lambda_function.py`).
 */
const DEPLOYMENT_ROOT = /^\/var\/task\//;

/** `replicate/client/models.py`, `@google/genai/dist/x.js`: a relative path inside a known package. */
function inKnownPackage(path: string): boolean {
  // What follows the elision (or a deployment package's root) is read as package-relative: its first segment says whose code it is.
  const file = path.replace(ELIDED_START, '').replace(DEPLOYMENT_ROOT, '');
  if (/^(?:[\\/~.]|[A-Za-z]:)/.test(file)) return false;
  const parts = file.split(/[\\/]/, 3);
  if (parts.length < 2) return false;
  return PACKAGES.has(parts[0]) || (parts[0].startsWith('@') && PACKAGES.has(`${parts[0]}/${parts[1]}`));
}

/**
 * A Cython-compiled module's frame: the package-relative source and the qualified name of the
 * function (`File "pydantic/main.py", line 341, in pydantic.main.BaseModel.__init__`). Python
 * prints a plain name for code it runs itself, so a qualified one in the same package is a
 * compiled library's.
 */
function isCompiledModuleFrame(frame: Frame): boolean {
  const fn = frame.function;
  if (fn === null || fn.indexOf('.') < 1 || /^(?:[\\/~.]|[A-Za-z]:)/.test(frame.file)) return false;
  const pkg = frame.file.split(/[\\/]/, 1)[0];
  return /\.(?:py|pyx|pxi)$/.test(frame.file) && fn.startsWith(`${pkg}.`);
}

/**
 * JVM frames print no folder, only the source file: the package of the method says whose code
 * it is (the platform, frameworks and HTTP clients here, the AI SDKs from the packs).
 */
const JVM_SOURCE = /\.(?:java|kt|kts|scala|groovy)$/;
const JVM_PLATFORM = [
  'java',
  'javax',
  'jdk',
  'sun',
  'com.sun',
  'kotlin',
  'kotlinx',
  'scala',
  'groovy',
  'org.springframework',
  'org.apache',
  'io.netty',
  'reactor',
  'io.reactivex',
  'io.ktor',
  'io.vertx',
  'io.quarkus',
  'io.micronaut',
  'feign',
  'okhttp3',
  'com.google.common',
  'com.google.gson',
  'okio',
  'retrofit2',
  'com.fasterxml',
  // AI client libraries that carry several providers (langchain4j and its client, simple-openai, Tools4AI).
  'dev.ai4j',
  'dev.langchain4j',
  'io.github.sashirestela',
  'com.t4a',
];
const JVM_LIBRARY = new RegExp(
  `^(?:${[...JVM_PLATFORM, ...Object.values(fromPacks((p) => p.recognition.jvmPackages ?? [])).flat()].map(escapeRegExp).join('|')})\\.`,
);

/**
 * PHP frames name the class a place is in (`OpenAI\\Resources\\Chat->create`, `parse/php.ts`): a
 * framework's or an AI SDK's (the packs') is library code wherever its files are (composer's
 * `vendor/` is below, whatever the class).
 */
const PHP_SOURCE = /\.(?:php\d?|phtml|inc)$/;
const PHP_PLATFORM = ['Illuminate', 'Symfony', 'GuzzleHttp', 'Http', 'Psr', 'Laravel', 'Composer'];
const PHP_LIBRARY = new RegExp(
  `^(?:${[...PHP_PLATFORM, ...Object.values(fromPacks((p) => p.recognition.phpNamespaces ?? [])).flat()].map(escapeRegExp).join('|')})\\\\`,
);

const COMPOSER_PACKAGES = Object.values(fromPacks((p) => p.recognition.composerPackages ?? [])).flat();
const IN_COMPOSER_PACKAGE = COMPOSER_PACKAGES.length
  ? new RegExp(`[\\\\/](?:${COMPOSER_PACKAGES.map((n) => n.split('/').map(escapeRegExp).join('[\\\\/]')).join('|')})[\\\\/]`)
  : null;

/**
 * A browser's source-mapped stack names a Node SDK's own files without a folder (`at OpenAI.makeRequest
 * (core.ts:367:24)`, `at APIError.generate (error.ts:63:14)`): the method's class says it is the SDK,
 * a client class of the packs or a class every Stainless-generated SDK has.
 */
const SDK_CLASSES = new Set(['APIClient', 'APIPromise', 'APIError', 'AbstractPage', ...Object.values(SDK_SYNTAX).flatMap((p) => p.node.clients)]);
function sdkMethodWithoutFolder(frame: Frame): boolean {
  if (frame.function === null || /[\\/]/.test(frame.file)) return false;
  const m = /^(?:async )?([A-Z]\w*)\.[\w$]+$/.exec(frame.function);
  return m !== null && SDK_CLASSES.has(m[1]);
}

/**
 * The launcher pip writes for a package's command (`File "/usr/local/bin/acme-cli", line 8, in <module>`, `sys.exit(main())`;
 * on Windows `…\Scripts\acme-cli.exe\__main__.py`): generated, not the user's code. Python's module level and a launcher's
 * few lines tell it from a file a Node stack names under a project's `bin/` (Express's `bin/www`).
 */
const CONSOLE_SCRIPT = /[\\/](?:bin|Scripts)[\\/][\w-]+(?:\.exe[\\/]__main__\.py)?$/;

/** The last line a launcher's frame may be on (pip's is line 8, older setuptools' a little further). */
const MAX_LAUNCHER_LINE = 12;

/** Whether a frame is such a launcher's. */
function isConsoleScriptLauncher(frame: Frame): boolean {
  return frame.function === '<module>' && frame.line <= MAX_LAUNCHER_LINE && CONSOLE_SCRIPT.test(frame.file);
}

/**
 * Whether a frame is library code. `appJars` are jars that also hold the platform's classes (a
 * shaded or uber jar holds the app with its dependencies): a frame loaded from one says nothing.
 */
export function isLibraryFrame(frame: Frame, appJars: ReadonlySet<string> = NO_JARS): boolean {
  const f = frame.file;
  if (sdkMethodWithoutFolder(frame) || isConsoleScriptLauncher(frame)) return true;
  // A JVM frame Logback prints with its jar is a dependency's; the app's own classes print `[classes/:na]`.
  if (JVM_SOURCE.test(f) && frame.function !== null) return JVM_LIBRARY.test(frame.function) || (frame.jar !== undefined && !appJars.has(frame.jar));
  if (PHP_SOURCE.test(f) && ((frame.function !== null && PHP_LIBRARY.test(frame.function)) || IN_COMPOSER_PACKAGE?.test(f))) return true;
  for (const re of LIBRARY) if (re.test(f)) return true;
  return inKnownPackage(f) || isCompiledModuleFrame(frame);
}

/**
 * Whether a Python traceback was printed with each frame's file name only (aider's uncaught-exception
 * report: `File "_base_client.py", line 1041, in _request`): every frame is a bare `.py` name and one
 * is a package's private module (`_client.py`), which no one runs as their own script. Then no frame
 * can be told as the user's.
 */
export function foldersStripped(frames: readonly Frame[]): boolean {
  return frames.length > 0 && frames.every((f) => /^[\w.-]+\.py$/.test(f.file)) && frames.some((f) => /^_[A-Za-z][\w-]*\.py$/.test(f.file));
}

/** The innermost frame in the user's own code (frames are innermost last), or null. */
export function innermostUserFrame(frames: readonly Frame[]): Frame | null {
  const appJars = jarsWithPlatformClasses(frames);
  for (let i = frames.length - 1; i >= 0; i--) if (!isLibraryFrame(frames[i], appJars)) return frames[i];
  return null;
}

const NO_JARS: ReadonlySet<string> = new Set();

/** The jars a platform or framework frame of this stack was loaded from: an uber jar, not one dependency. */
function jarsWithPlatformClasses(frames: readonly Frame[]): ReadonlySet<string> {
  let jars: Set<string> | null = null;
  for (const f of frames) {
    if (f.jar !== undefined && f.function !== null && JVM_LIBRARY.test(f.function)) (jars ??= new Set()).add(f.jar);
  }
  return jars ?? NO_JARS;
}

// HTTP status as SDKs print it, most specific first. Shapes, not providers.
const STATUS = [
  // `Error code: 403 - {…}` (openai-python), `Error Code: 403, Message: …` (PHP clients), a Java app's `(ERROR CODE: 404 | MESSAGE: …)`.
  /\b(?:Error [Cc]ode|ERROR CODE): (\d{3})\b/,
  /\bfailed with status (?:code )?(\d{3})\b/,
  // An app's own words for it: `Embedding failed with code 401: {…}` (AI Town's Convex action). A 4xx/5xx only:
  // `failed with code 1` is a process exit.
  /\bfailed with code ([45]\d\d)\b/,
  // A client's own report of the status and the provider's message: `Request completed with error. Code: 401, message: …` (rgpt3).
  /\bCode: ([45]\d\d), [Mm]essage\b/,
  // A status field of Swift's `dump()` of an error (`- httpResponseCode : 400`).
  /(?:^|\s)- (?:httpResponseCode|httpStatusCode|statusCode|responseCode) : ([45]\d\d)\b/,
  // Also a bracketed label: `[Status Code] 401 | [Response Text] {…}` (PyChatGPT), and a bracketed status
  // (Elasticsearch's inference API: `… for request from inference entity id [x] status [404]. Error message: […]`).
  /\bstatus(?:_code|Code| code)?["'\]]?[=:]?\s*\[?(\d{3})\b/i,
  /\bStatus (\d{3})\b/,
  // A Chinese client's own label for it: `请求失败，状态码: 400,内容: {…}` ("request failed, status code").
  /状态码[:：]\s*([45]\d\d)\b/,
  /\b(\d{3}) Client Error\b/,
  // `401 {…}`, also after a tool's provider tag: `[ANTHROPIC] 401 {…}`.
  /^(?:\[[A-Z][\w -]{0,30}\] )?(\d{3}) (?=[A-Za-z<{"])/,
  /\bHTTP(?:\/\d(?:\.\d)?)? (\d{3})\b/,
  // urllib's (and mechanize's) HTTPError: `HTTP Error 404: Not Found`.
  /\bHTTP Error ([45]\d\d): /,
  // openai-python 0.x's APIError for a body that is no JSON: `HTTP code 403 from API (<!DOCTYPE html>…`.
  /\bHTTP code (\d{3}) from API\b/,
  // …and its error's repr, logged by the app above it (Rasa's structlog): `AuthenticationError(message='…', http_status=401, request_id=None)`.
  /\bhttp_status=([45]\d\d)\b/,
  // Semantic Kernel's (and Chat Copilot's) `Invalid request: The request is not valid, HTTP status: 404. Details: …`.
  /\bHTTP status: (\d{3})\b/,
  /\b[Ee]rror:? \(?(\d{3})\b/,
  // An app's label naming the API and its status before the word error: `Google Gemini API 400 Error: "User location …"`.
  /\bAPI ([45]\d\d) [Ee]rror\b/,
  // A class name glued to its status, as a Vim plugin prints urllib's error: `OpenAI: HTTPError 404: The model …`.
  /\bHTTPError:? (\d{3})\b/,
  // …and a provider's exception class a tool prints with the status before the message (`AcmeException 404: models/x is
  // not found …`, an AI review workflow's line): a 4xx/5xx, then its colon.
  /\b[A-Z][A-Za-z]*Exception ([45]\d\d): /,
  /\b[Ee]rror response (\d{3})\b/,
  // An HTML error page: `<title>502 Bad Gateway</title>`.
  /<(?:title|h1)>(\d{3})\b/,
  /\b(?:Unauthorized|Forbidden|Not Found|Bad Request) \((\d{3})\)/,
  // @google/generative-ai's `[403 Forbidden]`, or `[403 ]` when the response has no reason phrase.
  /\[(\d{3}) (?:[A-Z][A-Za-z ]*)?\]/,
  // The R package openai's stop() message: the bare status in brackets after the words (`OpenAI API request failed [401]:`).
  /\bfailed \[([45]\d\d)\]/,
  // A .NET logging policy's failed response: `Error response [3d125785-…] 404 DeploymentNotFound (00.2s)`.
  /\bError response \[[^\]\n]{1,64}\] ([45]\d\d)\b/,
  // A Go CLI's `[status:type]` tag: `Error: [404:invalid_request_error] The model: …` (butterfish).
  /\[([45]\d\d):[a-z_]+\]/,
  /\b(\d{3}) (?:Unauthorized|Forbidden|Not Found|Bad Request|Unprocessable Entity)\b/,
  // google-genai's ClientError, also after a framework's words: `Error from Gemini API: 404 NOT_FOUND.`
  /\b([45]\d\d) (?:NOT_FOUND|PERMISSION_DENIED|UNAUTHENTICATED|INVALID_ARGUMENT|FAILED_PRECONDITION)\b/,
  // …and a Go client's words for the same: the status name, then the status in parentheses (Antigravity CLI's log:
  // `FAILED_PRECONDITION (code 400):`, the message on the next line).
  /\b[A-Z]+(?:_[A-Z]+)* \(code ([45]\d\d)\)/,
  /^\[?(\d{3})\]? [-\u2013] /,
  // …and the same two shapes quoted inline in a post's sentence, the status opening the code span (`Se vedi l'errore
  // \`401 - Incorrect API key provided\`, significa …`, `**Erreur** : \`401 Incorrect API key provided: sk-….\``).
  /(?:^|[\s:(])`([45]\d\d)(?: [-\u2013])? (?=[A-Za-z{"])/,
  // Pretty-printed with a space before the colon too: `"code" : 403` (Gemini CLI's display, Jackson).
  /["']code["']\s*:\s*(\d{3})\b/,
  // aiohttp's ClientResponseError: `401, message='Unauthorized', url=URL('https://…')`, also under a field label
  // aligned with spaces (the Hub dataset viewer's `Message:       401, message='Unauthorized', …`), or after an
  // add-on's words and a dash (`Unknown error from OpenAI - 404, message='Not Found', url=URL('…')`).
  /(?:^|:[ \t]+|\s[-\u2013\u2014] )(\d{3}), message=['"]/,
  // plandex's arrow chain, its status step joined to the message step below it: `→ 401, message → Incorrect API key …`.
  /^\u2192 ([45]\d\d), message \u2192 /,
  // A status right before the provider's JSON body after a tool's words: `Error in non-streaming fallback: 403 {"type":…}`,
  // or a reporter's: `… I get a 403 {"error":{…}} response.`; also with a dash between (`Token exchange failed: 403 — {"error":…}`).
  /(?::|\s)([45]\d\d) (?:[\u2013\u2014] )?\{"/,
  // Claude Code's stream-json record of a refused call (the Agent SDK's `api_retry` and result messages):
  // `"error_status":401,"error":"authentication_failed"`, `"api_error_status": 401`.
  /["'](?:api_)?error_status["']:\s*([45]\d\d)\b/,
  // An app's error record naming the HTTP status it got: n8n's `"httpCode": "401"`.
  /["']http_?(?:[Cc]ode|[Ss]tatus)["']:\s*["']?(\d{3})\b/,
  // The Java SDKs Stainless generates (openai-java, anthropic-java) put the status first: `UnauthorizedException: 401: {type=error, …}`.
  /^([45]\d\d): (?=[A-Za-z{[])/,
  // The error body as a Java or Kotlin Map prints it: `{error={code=404, message=Resource not found}}`.
  /[{,] ?code=([45]\d\d),/,
  // …and as a JavaScript object dump prints it, the status a bare number (a Discord bot's debug log:
  // `data: { endpoint: '/chat/completions', code: 404, id: 'invalid_request_error', … }`).
  /(?<![\w"'-])code: ([45]\d\d),/,
  // Azure's body states it as a string: `{"error":{"code":"401","message":…}}`.
  /["']code["']\s*:\s*["'](\d{3})["']/,
  // A Go bot's log: `gtp api status code not equals 200,code is 401 ,details: {…}`.
  /\bcode is ([45]\d\d)\b/,
  // .NET's HttpRequestException: `Response status code does not indicate success: 401 (PermissionDenied).`
  /\bdoes not indicate success: (\d{3})\b/,
  // …in the UI's language, its reason phrase too on .NET Framework (`Код состояния ответа не указывает на успешное выполнение:
  // 403 (Запрещено).`, `Der Antwortstatuscode gibt keinen Erfolg an: 401 (Nicht autorisiert).`): the status and the
  // reason in parentheses end the line (the line alone when its words were taken for a class).
  /(?:^|: )([45]\d\d) \([^()\n]{1,40}\)[.。]?[ \t]*$/m,
  // A plugin's check of its key, the status its test call got in parentheses after it (`Acme token is not valid (401)`).
  /\b(?:token|API key) is (?:not valid|invalid) \(([45]\d\d)\)/,
  // An app's own words for the status its call got: `Claude API returned 403: error code: 1000`.
  /\breturned (?:HTTP |status |status code )?([45]\d\d)(?=:|$)/,
  // A tool's words before an SDK error printed as `<status> <message>` (google-api-core's str):
  // `Sorry, I had a problem talking to Google Generative AI: 404 models/gemini-pro is not found …`.
  // A count with its unit (`took: 500 ms`) is no status. A dash may stand between (`Token exchange failed: 403 — Country, …`).
  /: ([45]\d\d) (?:[\u2013\u2014] )?(?!(?:ms|s|secs?|seconds?|minutes?|bytes?|[KMG]i?B|items?|lines?|tokens?|times|chars?|characters?)\b)(?=[A-Za-z*])/,
];

export function statusFrom(text: string): number | null {
  for (const re of STATUS) {
    const m = re.exec(text);
    if (m) {
      const n = Number(m[1]);
      if (n >= 400 && n < 600) return n;
    }
  }
  const named = DOTNET_STATUS_NAME.exec(text);
  return named ? DOTNET_STATUS_CODES[named[1]] : null;
}

/**
 * .NET's `HttpStatusCode` printed by its name where a client logs the status (a C# bot's `HTTP status code:
 * NotFound | Response body: {…}`, `StatusCode: Unauthorized`, Semantic Kernel 0.x's `AIException: Access denied: The
 * request is not authorized, HTTP status: Unauthorized`): the access statuses only.
 */
const DOTNET_STATUS_NAME = /\b(?:[Ss]tatus ?[Cc]ode:?|HTTP status:) (Unauthorized|Forbidden|NotFound|BadRequest)\b/;
const DOTNET_STATUS_CODES: Readonly<Record<string, number>> = { BadRequest: 400, Unauthorized: 401, Forbidden: 403, NotFound: 404 };

/** `file:///home/dev/app.mjs` → `/home/dev/app.mjs`. */
export function fileFromUrl(file: string): string {
  if (!file.startsWith('file://')) return file;
  let p = file.slice(7);
  try {
    p = decodeURIComponent(p);
  } catch {
    /* keep as is */
  }
  if (/^\/[A-Za-z]:\//.test(p)) p = p.slice(1);
  return p;
}
