// What stands around pasted output and ends or frames it: a post's markup, an IDE tool's report fields,
// log records, shell prompts, wget's progress, a request echoed above its answer, the command that ran it.

/**
 * A line of a post's markup around pasted output: a Markdown code fence (```` ``` ````, ```` ```python ````,
 * one backtick as some tools write it) or GitHub's collapsible section (`<details>`, `<summary>Logs</summary>`).
 */
export const MARKUP_LINE = /^\s*(?:(?:`+|~{3,})[\w+#.-]*|<\/?(?:details|pre|code)>|<summary>.{0,80}<\/summary>)\s*$/;

/**
 * A field line of the error report an IDE extension prints above the provider's words (Continue's
 * "Error Details": `Model: <title>`, `Provider: groq`, `Status Code: 401`, a blank line, then the
 * error output): the provider and status may be said only there.
 */
export const TOOL_REPORT_FIELD = /^(?:Model|Provider|Status Code): \S.*$/;

/** The field that makes field lines a report: its status (`N/A` when the extension had none). */
export const TOOL_REPORT_STATUS = /^Status Code: (?:[45]\d\d|N\/A)\s*$/;

/**
 * What stands between the fields and the error output when a report is pasted as its Markdown source:
 * the section's heading (`**Error Output**`) and the code fence that opens the output.
 */
export const TOOL_REPORT_OUTPUT_HEAD = /^(?:\*\*|#{1,4} )?Error Output(?:\*\*)?\s*$|^```[\w-]*\s*$/;

/** Most field lines a tool report has. */
export const MAX_TOOL_REPORT_FIELDS = 4;

/** huggingface_hub's head inside a log record's words: `Load model: repo="…" login=True 401 Client Error. (Request ID: …`. */
export const CLIENT_ERROR_IN_RECORD = /\b[45]\d\d Client Error\. \(Request ID:/;

/**
 * pytest's short summary repeats each failure's last line, cut: `FAILED tests/x.py::t - openai.X: E...`.
 * Its item is a test file or node id; a logger's `ERROR livekit.plugins.openai.realtime - …` (Python's
 * `%(levelname)s %(name)s - %(message)s`) is a record of its own.
 */
export const REPEATED_SUMMARY = /^(?:FAILED|ERROR) \S*(?:\.py\b|::)\S* - /;

/** A banner line (`=====`, pytest's summary) that ends whatever came before it. */
export const SEPARATOR = /^={5,}/;

/**
 * A log record or a CI runner's own line (`##[error]…`, `::group::…`): not part of a message. A clock time
 * with its fraction before the level is one too (SD.Next's `15:43:01-330858 ERROR    …`).
 */
export const LOG_RECORD =
  /^(?:(?:INFO|WARNING|WARN|DEBUG|ERROR|CRITICAL|FATAL|TRACE)\b[:\s[]|\[?\d{4}-\d\d-\d\d[ T]|\[\d{1,2}:\d\d|\d\d:\d\d:\d\d[.,-]\d{3,6} +(?:INFO|WARNING|DEBUG|ERROR|CRITICAL)\b|##\[[a-z]+\]|::[a-z-]+(?: [^:]*)?::)/;

/** A shell prompt: the output of the command is over. */
const PROMPT = /(?:^|\s|[\w~\])])[$#%❯›»]\s*$|^PS [A-Za-z]:\\.*>\s*$|^>>>\s/;

/** A command typed at a `user@host:path$` prompt (`dev@box:~/app$ ls`): the run before it is over. */
export const PROMPT_COMMAND = /^[\w.-]+@[\w.-]+:[^\s$#]*[$#] +\S/;

/** The last visible character of every prompt PROMPT reads (`PS C:\>` ends in `>`). */
const PROMPT_ENDS = '$#%❯›»>';

/**
 * Whether a line is a shell prompt. PROMPT only matches a line that starts with `>>>` or whose
 * last non-space character is a prompt sign: that is checked first, without running the pattern
 * over the line (it is asked of most lines inside a trace).
 */
export function isPrompt(line: string): boolean {
  const last = line.trimEnd().slice(-1);
  if ((last === '' || !PROMPT_ENDS.includes(last)) && !line.startsWith('>>>')) return false;
  return PROMPT.test(line);
}

/** PROMPT itself, for the test that compares it with isPrompt. */
export function matchesPromptPattern(line: string): boolean {
  return PROMPT.test(line);
}

/**
 * GNU wget's exchange for one URL: its request line (`--2023-05-06 13:37:02--  https://…`), its
 * progress lines (`Resolving …`, `Connecting to …`), then its status line (`HTTP request sent,
 * awaiting response... 401 Unauthorized`). A client error there is a report whose URL is the
 * request line's; redirects (`302 Found`, `Location: …`) go on to the next request line.
 */
export const WGET_REQUEST = /^--\d{4}-\d\d-\d\d \d\d:\d\d:\d\d--\s+https?:\/\/\S/;

export const WGET_PROGRESS =
  /^(?:Resolving |Connecting to |Reusing existing connection to |(?:HTTP|Proxy) request sent, awaiting response\.\.\. [123]\d\d\b|Location: )/;

export const WGET_REFUSED = /^(?:HTTP|Proxy) request sent, awaiting response\.\.\. 4\d\d\b/;

/** Most progress lines between a wget request line and its status line. */
export const MAX_WGET_PROGRESS = 6;

/**
 * A request echo: a tool's debug output printing the request it is about to send, as a URL line,
 * then its body between a `{` line and a `}` line at column 0 (node-chatgpt-api: the URL, then
 * `{ model: '…', … }`). Right above an error head (one blank line at most), it is that error's request.
 */
export const REQUEST_ECHO_URL = /^https?:\/\/[^\s'"<>]+$/;

/** Most lines the scanner walks up through a request echo's body. */
export const MAX_REQUEST_ECHO_LINES = 20;

/** Whether `lines` (a URL, `{`, the body, `}`) are a request echo. */
export function isRequestEcho(lines: readonly string[]): boolean {
  return (
    lines.length >= 3 &&
    REQUEST_ECHO_URL.test(lines[0].trimEnd()) &&
    lines[1].trimEnd() === '{' &&
    lines[lines.length - 1].trimEnd() === '}' &&
    lines.slice(2, -1).every((l) => /^\s/.test(l))
  );
}

/**
 * A command typed at a shell prompt (`$ `, `% `, `❯ `, PowerShell's `PS C:\\…> `) that passes a model
 * flag (`--model gpt-4`, `--model=gpt-4`, `-m gpt-4o`): group 1 the flag's value. An active virtualenv's or
 * conda env's name heads the prompt (`(venv) $ …`), or is all a post kept of it (`(ontogpt) ontogpt complete x.txt -m gpt-4o-mini`).
 */
export const SHELL_COMMAND_MODEL =
  /^(?:(?:\([\w.-]{1,40}\)\s+)?(?:[$%\u276f]|PS [^>\n]{1,200}>)\s+|\([\w.-]{1,40}\)\s+)\S[^\n]*?\s(?:--model(?:=|\s+)|-m\s+)["']?([\w.:/@-]+)/u;

/** An agent CLI's line naming the model that answers the turn, right above its error (Gemini CLI's `Responding with gemini-2.5-pro`). */
export const CLI_MODEL_LINE = /^\s*Responding with ([\w.:/@-]+)\s*$/;

/**
 * A line a run prints before its calls naming the model they use (and maybe who serves it), read
 * for a failure further down that names no model: group `model` the id, group `provider` the
 * provider's own word when the line names one (a line naming only the provider has no `model`). `mark` is a literal the line holds, looked for first.
 */
export interface RunHeaderShape {
  mark: string;
  re: RegExp;
}
export const RUN_HEADERS: readonly RunHeaderShape[] = [
  // An app's start-up line: `Using Anthropic API with model claude-3-5-sonnet-20240620.`
  { mark: ' with model ', re: /^\s*Using\b[^\n]{0,60}?\bwith model:? [`'"]?(?<model>[A-Za-z0-9][\w.:/@-]*[\w])/ },
  // An R chat client's note of the default model its calls use (ellmer's `chat_acme()`: `Using model = "acme-large-2".`),
  // also under knitr's `#> ` prefix; the id's own shape says whose it is.
  { mark: 'Using model = "', re: /^\s*(?:#> )?Using model = "(?<model>[A-Za-z0-9][\w.:/@-]*[\w])"\.?\s*$/ },
  // An agent CLI's answer to its model command, after its `⎿` glyph (Claude Code's `/config` or `/model`: `⎿  Set model to
  // opus (acme-large-4-1-20250805)`, or the id alone: `Set model to acme-large-4-5`); a label with no id's digit or
  // hyphen in its parentheses (`Default (recommended)`) names no model.
  {
    mark: 'Set model to ',
    re: /^\s*(?:\u23bf\s+)?Set model to (?:[\w .-]{1,40} \()?(?<model>[A-Za-z0-9](?=[\w.:/@-]*[\d-])[\w.:/@-]*[\w])\)?\s*$/u,
  },
  // LiteLLM's line before each call: `LiteLLM completion() model= gpt-4o; provider = openai`.
  { mark: 'LiteLLM completion() model=', re: /\bLiteLLM completion\(\) model= ?(?<model>[A-Za-z0-9][\w.:/@-]*[\w]); provider = (?<provider>\w+)/ },
  // LiteLLM's debug echo of the call: `litellm.aembedding('openai/text-embedding-3-small', input=…)`, `litellm.completion(model='gpt-4o', …)`.
  {
    mark: 'litellm.',
    re: /\blitellm\.a?(?:completion|embedding|text_completion|image_generation|transcription)\((?:model=)?'(?:(?<provider>\w+)\/(?=[^'/]+'))?(?<model>[A-Za-z0-9][\w.:/@-]*[\w])'/,
  },
  // A JSON record naming the model of the run or call (Claude Code's stream-json `{"type":"system","subtype":"init",…,"model":"claude-opus-5",…}`),
  // also as a poster wrapped it (the line opening at its `"model":` key).
  { mark: '"model":', re: /^\s*(?:\{.*?[,{]\s*)?"model": ?"(?<model>[A-Za-z0-9][\w.:/@-]*[\w])"/ },
  // A CLI's start-up settings, a setting a line (Codex's `model: gpt-5.1-codex-max` under `workdir: …`), also inside the
  // session box of its TypeScript version (`│ ↳ model: gpt-4.1          │`).
  { mark: 'model: ', re: /^(?:\u2502 \u21b3 )?model: (?<model>[A-Za-z0-9][\w.:/@-]*[\w])(?:\s*\u2502)?$/ },
  // A CLI's start-up settings naming who serves the run (Codex's `provider: openai` under `model: …`; its `/status`
  // box's `• Provider: OpenAI`): no model, the provider a failure that names none is read as (RUN_PROVIDER_STATUSES).
  // Its older `/status` block's model section (`🧠 Model` over `  • Name: gpt-5` and `  • Provider: OpenAI`): an id of the
  // provider's own shape, or any when the block's provider line names the failure's provider.
  { mark: '\u2022 Name: ', re: /^\s*\u2022 Name: (?<model>[A-Za-z0-9][\w.:/@-]*[\w])\s*$/ },
  // Also in the TypeScript version's session box (`│ ↳ provider: acme        │`).
  { mark: 'rovider: ', re: /^(?:\s*\u2022 |\u2502 \u21b3 )?[Pp]rovider: (?<provider>[A-Za-z][\w ]{0,30}?)\s*\u2502?\s*$/ },
  // A media node's summary above the batch errors it lists (ComfyUI's Gemini image nodes: `No images were generated with
  // gemini-2.5-flash. Details:`, then `Batch 1 error: 400 FAILED_PRECONDITION. {…}`).
  { mark: ' were generated with ', re: /\bNo (?:images|videos) were generated with (?<model>[A-Za-z0-9][\w.:/@-]*[\w])\. Details:\s*$/ },
  // The Hub's CLI fetching a repo: `huggingface-cli download meta-llama/Llama-3.1-8B-Instruct config.json`, `hf download …`.
  { mark: ' download ', re: /\b(?<provider>hf|huggingface)(?:-cli)? download (?<model>[\w.-]+\/[\w.-]+)/ },
  // A browser agent's start-up line naming the model its steps call (browser-use: `🧠 Starting an agent with
  // main_model=claude-3-5-sonnet-20240620 +vision, planner_model=None, …`, later `Starting a browser-use agent 0.5.5 with
  // base_model=…`, `Starting a browser-use version 0.7.7 with model=…`).
  { mark: 'model=', re: /\bStarting an? [^\n]{0,40}?\bwith (?:main_|base_)?model=(?<model>[A-Za-z0-9][\w.:/@-]*[\w])/ },
  // A Minecraft bot's start-up line (mindcraft): `Using chat settings: { model: 'gpt-3.5-turbo', api: 'openai' }`; its
  // `api` names who serves it (`google`, `anthropic`; a local `ollama` is none of the providers).
  { mark: 'Using chat settings: {', re: /\bUsing chat settings: \{ model: '(?<model>[A-Za-z0-9][\w.:/@-]*[\w])', api: '(?<provider>\w+)'/ },
  // A PR bot's line before each call of its fallback loop (PR-Agent: `Generating prediction with gpt-4o`, also inside
  // its loguru JSON record, `{"text": "Generating prediction with gpt-4o\n", …}`); the next call's line is the next header.
  { mark: 'Generating prediction with ', re: /\bGenerating prediction with (?<model>[A-Za-z0-9][\w.:/@-]*[\w])(?=\\n|["']|\s*$)/ },
  // A CLI proxy's line before each upstream call (CLIProxyAPI: `Use OAuth provider=codex auth_file=<f> for model gpt-5.5`,
  // `Use API key sk-…abcd for model gemini-2.5-pro`), after its logger's prefix or none.
  { mark: ' for model ', re: /\bUse (?:OAuth|API key)\b[^\n]{0,200}? for model (?<model>[A-Za-z0-9][\w.:/@-]*[\w])\s*$/ },
  // An agent CLI's card for a failed call (Hermes Agent: `⚠️  API call failed (attempt 1/3): …`, then `   🔌 Provider: gemini
  // Model: gemini-3.1-pro-preview` above its `📝 Error:` line), also under its desktop app's `[hermes] ` prefix; the
  // provider word is its own setting's (`gemini`, `openrouter`, `custom`), a hint only.
  // An LLM scanner's start-up line naming the generator its probes call (garak: `🦜 loading generator: OpenAI: gpt-4o`,
  // `loading generator: OpenAICompatible: lmstudio`); the generator's family word is a hint (a local server's is none).
  { mark: 'loading generator: ', re: /\bloading generator: (?<hint>[^:\n]{1,40}): (?<model>[A-Za-z0-9][\w.:/@-]*[\w])\s*$/ },
  {
    mark: '\u{1F50C} Provider: ',
    re: /^(?:\[[\w-]+\]\s+)?\s*\u{1F50C} Provider: (?<hint>[\w-]+)\s+Model: (?<model>[A-Za-z0-9][\w.:/@-]*[\w])\s*$/u,
  },
];

/**
 * Lines printed below a failure that name the model of the call that failed (the same shape as RUN_HEADERS: a
 * `model`, a `provider` when the line names one, a `hint` when a word may name it). Read for a failure that names no model, in its own block or
 * in the lines after it up to the next block (StreamScanner.trailersBelow).
 */
export const RUN_TRAILERS: readonly RunHeaderShape[] = [
  // Agno's last retry line: `Failed after 1 attempts. Last error using Groq(llama-3.1-8b-instant)`, `… using OpenAIChat(gpt-4o)`.
  { mark: 'Last error using ', re: /\bFailed after \d+ attempts?\. Last error using (?<hint>\w+)\((?<model>[A-Za-z0-9][\w.:/@-]*[\w])\)/ },
  // PR-Agent's fallback loop: `Failed to generate prediction with gpt-4o-2024-11-20`.
  { mark: 'Failed to generate prediction with ', re: /\bFailed to generate prediction with (?<model>[A-Za-z0-9][\w.:/@-]*[\w])\s*$/ },
  // An error tracker's tags for the event (`domain=embeddings · operation=cohere_embed · failure=non_2xx · model=embed-multilingual-v3.0`).
  { mark: ' model=', re: /^(?:[\w.-]+=\S+ [\u00b7|] )+model=(?<model>[A-Za-z0-9][\w.:/@-]*[\w])(?: [\u00b7|] |\s*$)/ },
  // An agent's token-usage record for the call just made, led by the model id, at the line's start or after a log
  // record's `| LEVEL | ` (`… | DEBUG    | acme-large-20241022 Usage: {}`, empty when the call failed).
  { mark: ' Usage: {', re: /(?:^|\| )\s*(?<model>[A-Za-z0-9][\w.:/@-]*[\w]) Usage: \{/ },
];

/** How far below a block's first line run trailers are looked for (the block itself and a few lines after it). */
export const RUN_TRAILER_REACH = 2 * 1024;

/**
 * The statuses a failure naming no provider must state to be read as the provider its run's header names
 * (a CLI's `stream error: exceeded retry limit, last status: 401 Unauthorized`): an access refusal.
 */
export const RUN_PROVIDER_STATUSES: ReadonlySet<number> = new Set([401, 403]);

/** How far above a block's first line run headers are looked for (a start-up banner and some progress lines). */
export const RUN_HEADER_REACH = 4 * 1024;

/** Any command typed at such a prompt: a later one without a model flag ran the error's call instead. */
export const SHELL_COMMAND = /^(?:[$%\u276f]|PS [^>\n]{1,200}>)\s+\S/u;

/** Lines looked up past a bare `{`'s caption for the request it answers (its headers, a `Response:` label, the Go SDK's status lines). */
export const MAX_REQUEST_SECTION = 5;

/**
 * An HTTP request line as a REST client shows it: `POST https://…/v1beta/models/…:generateContent?key=…`,
 * also under an app's own label, the method left out (`HTTP request: https://…:generateMessage?key=…`).
 */
const HTTP_REQUEST_LINE = /^(?:GET|POST|PUT|PATCH|DELETE) https?:\/\/\S+\s*$|^(?:HTTP )?[Rr]equest: (?:(?:GET|POST|PUT|PATCH|DELETE) )?https?:\/\/\S+\s*$/;

/**
 * A line between that request and its response body: a header (`Content-Type: application/json`) or a label
 * (`Response:`, an app's `HTTP response 403:`), or a line of the Azure SDK for Go's response error (azcore's
 * `ResponseError`: its rule of dashes, `RESPONSE 404: 404 Not Found`, `ERROR CODE: DeploymentNotFound`).
 */
const REQUEST_SECTION =
  /^(?:Response(?: body)?|Body):\s*$|^(?:HTTP )?[Rr]esponse [1-5]\d\d:\s*$|^[A-Z][A-Za-z-]*: [^\s{}][^{}]*$|^-{20,}$|^RESPONSE [1-5]\d\d: [1-5]\d\d(?: [A-Z][A-Za-z]*){0,4}$|^ERROR CODE(?:: [\w.-]{1,64}| UNAVAILABLE)$/;

/**
 * An HTTP request line and a header or label under it: two lines, never one a terminal cut (a URL
 * holds no space, and nothing follows it on a request line as a REST client shows it).
 */
export function requestThenSection(line: string, next: string): boolean {
  return HTTP_REQUEST_LINE.test(line) && REQUEST_SECTION.test(next.trimEnd());
}

/**
 * Where in `earlier` the HTTP request line stands whose response a bare `{` under `caption` opens,
 * every line from it to the caption a header or a label; -1 when there is none.
 */
export function requestAbove(caption: string, earlier: readonly string[]): number {
  // Indented alike under a logger's head (klog's `err=<`, the Go SDK's lines under it): read without the indent.
  if (!REQUEST_SECTION.test(caption.trim())) return -1;
  for (let at = earlier.length - 1; at >= 0; at--) {
    if (HTTP_REQUEST_LINE.test(earlier[at].trimStart())) return at;
    if (!REQUEST_SECTION.test(earlier[at].trim())) return -1;
  }
  return -1;
}
