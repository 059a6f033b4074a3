// Which host a failing request went to, when the output prints its URL: a provider's own host
// names the provider (an OpenAI-compatible SDK pointed at another provider's host is that provider); any other
// public host means a relay or another vendor, which is none of the packs.
import { PROVIDER_IDS, type ProviderId } from './types';
import { isProviderHost, PROVIDERS } from './providers';
import { escapeRegExp } from './escapeRegExp';

/** Path segments of the providers' APIs; a pack adds its own (`requestPaths`). */
const API_PATHS = ['v\\d+(?:beta\\d*|alpha\\d*)?', 'chat/completions', 'completions', 'messages', 'embeddings', 'responses', 'models'];
/** A URL with an API path: the request, not a docs link. Linear: the whole host (no backtracking into it), then a bounded path. */
const REQUEST_URL = new RegExp(
  String.raw`\bhttps?://([A-Za-z0-9.-]{1,253})(?![A-Za-z0-9.-])(?::\d{1,5})?(?:[/?][^\s'"<>)]{0,300}?)?/(?:` +
    [...API_PATHS, ...PROVIDER_IDS.flatMap((id) => (PROVIDERS[id].requestPaths ?? []).map(escapeRegExp))].join('|') +
    String.raw`)\b`,
  'g',
);
/** A URL's host, and its path and query (a service's REST path on a host it shares with others). */
const ANY_URL = /\bhttps?:\/\/([A-Za-z0-9.-]{1,253})([^\s'"<>)]{0,300})/g;

/** Local and private hosts: a proxy or gateway the user runs, which says nothing about the provider. */
const LOCAL =
  /^(?:localhost|127\.\d+\.\d+\.\d+|0\.0\.0\.0|10\.\d+\.\d+\.\d+|192\.168\.\d+\.\d+|172\.(?:1[6-9]|2\d|3[01])\.\d+\.\d+|[\w-]+|[\w.-]+\.(?:internal|local|localhost|lan|corp|home|example|test|invalid))$/i;

/**
 * Where a message sends the reader for a key: the vendor that wrote it (`You can find your API
 * key at https://platform.<site>/…`; a vendor copying that wording names its own console or its
 * docs: DashScope's `Incorrect API key provided. For details, see: https://help.aliyun.com/…`).
 * Which site is whose comes from the packs' `hosts`. Bounded: linear in the text.
 */
const KEY_PAGE = /\bAPI key(?: provided\.)? (?:at|from|For details, see:) https?:\/\/([A-Za-z0-9.-]{1,253})/g;

export interface RequestHosts {
  /** Providers whose own API host a URL in the output names. */
  providers: Set<ProviderId>;
  /** A public API request URL whose host is no provider's. */
  foreign: boolean;
  /** Sites (`example.com`) the message names as where to get a key. */
  keySites: string[];
}

/** `platform.example.com` → `example.com`: the last two labels. */
function siteOf(host: string): string {
  return host.toLowerCase().replace(/\.$/, '').split('.').slice(-2).join('.');
}

/** Whether `site` is the site of one of the provider's own hosts (`example.com` for `api.example.com`). */
export function isProviderSite(provider: ProviderId, site: string): boolean {
  return PROVIDERS[provider].hosts.some((h) => siteOf(h.replace(/^\*\./, '')) === site);
}

/**
 * The cookie the answer set (`'set-cookie': '__cf_bm=…; path=/; domain=.example.com; HttpOnly'` in openai-node's
 * headers dump): its domain is the host that answered, as a URL would say (an OpenAI-compatible SDK pointed at it).
 */
const COOKIE_DOMAIN = /\bset-cookie['"]?: ?['"][^'"\n]{0,2000}?;\s?domain=\.?([A-Za-z0-9.-]{1,253})/gi;

export function requestHosts(text: string): RequestHosts {
  const providers = new Set<ProviderId>();
  if (text.indexOf('domain=') >= 0) {
    for (const m of text.matchAll(COOKIE_DOMAIN)) for (const id of PROVIDER_IDS) if (isProviderSite(id, siteOf(m[1]))) providers.add(id);
  }
  // Every other pattern needs `://`; most blocks print no URL, and this is asked of every block.
  if (text.indexOf('://') < 0) return { providers, foreign: false, keySites: [] };
  for (const m of text.matchAll(ANY_URL)) {
    const host = m[1];
    // A host shared with the vendor's other services names the provider unless it or its path names one of
    // those (`textanalytics-….cognitiveservices.azure.com`, `….services.ai.azure.com/contentunderstanding/…`).
    for (const id of PROVIDER_IDS) if (isProviderHost(id, host) && !PROVIDERS[id].recognition.lookAlikes?.test(host + m[2])) providers.add(id);
  }
  let foreign = false;
  for (const m of text.matchAll(REQUEST_URL)) {
    const host = m[1];
    if (LOCAL.test(host) || PROVIDER_IDS.some((id) => isProviderHost(id, host))) continue;
    foreign = true;
  }
  const keySites = [...text.matchAll(KEY_PAGE)].map((m) => siteOf(m[1])).filter((site) => !LOCAL.test(site));
  return { providers, foreign, keySites };
}
