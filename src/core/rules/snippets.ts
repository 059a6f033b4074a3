// Per-provider code shapes the explanations fill in: how users create the client and make the
// call that fails, in Python and JavaScript. Data only.
import type { ProviderId } from '../types';

export interface LangSnippet {
  /** Import lines, including what the error check needs. */
  imports: string;
  /** Client construction; `key` is an expression for the token, or undefined for the default. */
  client: (key?: string) => string;
  /** The failing call for a model id. */
  call: (model: string) => string;
}

export interface ProviderSnippets {
  /** A model id that typically fails with access problems, and one most accounts can use. */
  model: string;
  altModel: string;
  python: LangSnippet;
  javascript: LangSnippet;
}

const arg = (key: string | undefined, name: string, sep = ''): string => (key ? `${sep}${name}=${key}` : '');
const opt = (key: string | undefined, name: string): string => (key ? `{ ${name}: ${key} }` : '');

export const SNIPPETS: Record<ProviderId, ProviderSnippets> = {
  openai: {
    model: 'gpt-4o',
    altModel: 'gpt-4o-mini',
    python: {
      imports: 'import os\nimport openai\nfrom openai import OpenAI',
      client: (k) => `client = OpenAI(${arg(k, 'api_key')})`,
      call: (m) => `reply = client.chat.completions.create(model="${m}", messages=[{"role": "user", "content": "Hello"}])`,
    },
    javascript: {
      imports: "import OpenAI from 'openai';",
      client: (k) => `const client = new OpenAI(${opt(k, 'apiKey')});`,
      call: (m) => `const reply = await client.chat.completions.create({ model: '${m}', messages: [{ role: 'user', content: 'Hello' }] });`,
    },
  },
  'azure-openai': {
    model: 'gpt-4o',
    altModel: 'gpt-4o-mini',
    python: {
      imports: 'import os\nimport openai\nfrom openai import AzureOpenAI',
      client: (k) => `client = AzureOpenAI(azure_endpoint=os.environ["AZURE_OPENAI_ENDPOINT"], api_version="2024-10-21"${arg(k, 'api_key', ', ')})`,
      call: (m) => `reply = client.chat.completions.create(model="${m}", messages=[{"role": "user", "content": "Hello"}])  # model = deployment name`,
    },
    javascript: {
      imports: "import OpenAI, { AzureOpenAI } from 'openai';",
      client: (k) => `const client = new AzureOpenAI({ endpoint: process.env.AZURE_OPENAI_ENDPOINT, apiVersion: '2024-10-21'${k ? `, apiKey: ${k}` : ''} });`,
      call: (m) => `const reply = await client.chat.completions.create({ model: '${m}', messages: [{ role: 'user', content: 'Hello' }] }); // model = deployment name`,
    },
  },
  anthropic: {
    model: 'claude-opus-4-1-20250805',
    altModel: 'claude-sonnet-4-20250514',
    python: {
      imports: 'import os\nimport anthropic',
      client: (k) => `client = anthropic.Anthropic(${arg(k, 'api_key')})`,
      call: (m) => `reply = client.messages.create(model="${m}", max_tokens=256, messages=[{"role": "user", "content": "Hello"}])`,
    },
    javascript: {
      imports: "import Anthropic from '@anthropic-ai/sdk';",
      client: (k) => `const client = new Anthropic(${opt(k, 'apiKey')});`,
      call: (m) => `const reply = await client.messages.create({ model: '${m}', max_tokens: 256, messages: [{ role: 'user', content: 'Hello' }] });`,
    },
  },
  replicate: {
    model: 'acme/private-model',
    altModel: 'meta/meta-llama-3-8b-instruct',
    python: {
      imports: 'import os\nimport replicate\nimport replicate.exceptions',
      client: (k) => `client = replicate.Client(${arg(k, 'api_token')})`,
      call: (m) => `output = client.run("${m}", input={"prompt": "Hello"})`,
    },
    javascript: {
      imports: "import Replicate from 'replicate';",
      client: (k) => `const replicate = new Replicate(${opt(k, 'auth')});`,
      call: (m) => `const output = await replicate.run('${m}', { input: { prompt: 'Hello' } });`,
    },
  },
  google: {
    model: 'gemini-2.5-pro',
    altModel: 'gemini-2.0-flash',
    python: {
      imports: 'import os\nfrom google import genai\nfrom google.genai import errors',
      client: (k) => `client = genai.Client(${arg(k, 'api_key')})`,
      call: (m) => `reply = client.models.generate_content(model="${m}", contents="Hello")`,
    },
    javascript: {
      imports: "import { GoogleGenAI, ApiError } from '@google/genai';",
      client: (k) => `const ai = new GoogleGenAI(${opt(k, 'apiKey')});`,
      call: (m) => `const reply = await ai.models.generateContent({ model: '${m}', contents: 'Hello' });`,
    },
  },
  mistral: {
    model: 'mistral-large-latest',
    altModel: 'mistral-small-latest',
    python: {
      imports: 'import os\nfrom mistralai import Mistral, models',
      client: (k) => `client = Mistral(${arg(k, 'api_key')})`,
      call: (m) => `reply = client.chat.complete(model="${m}", messages=[{"role": "user", "content": "Hello"}])`,
    },
    javascript: {
      imports: "import { Mistral } from '@mistralai/mistralai';\nimport { SDKError } from '@mistralai/mistralai/models/errors';",
      client: (k) => `const client = new Mistral(${opt(k, 'apiKey')});`,
      call: (m) => `const reply = await client.chat.complete({ model: '${m}', messages: [{ role: 'user', content: 'Hello' }] });`,
    },
  },
  cohere: {
    model: 'command-a-03-2025',
    altModel: 'command-r-plus',
    python: {
      imports: 'import os\nimport cohere',
      client: (k) => `co = cohere.ClientV2(${arg(k, 'api_key')})`,
      call: (m) => `reply = co.chat(model="${m}", messages=[{"role": "user", "content": "Hello"}])`,
    },
    javascript: {
      imports: "import { CohereClientV2, CohereError } from 'cohere-ai';",
      client: (k) => `const co = new CohereClientV2(${opt(k, 'token')});`,
      call: (m) => `const reply = await co.chat({ model: '${m}', messages: [{ role: 'user', content: 'Hello' }] });`,
    },
  },
  groq: {
    model: 'llama-3.3-70b-versatile',
    altModel: 'llama-3.1-8b-instant',
    python: {
      imports: 'import os\nimport groq\nfrom groq import Groq',
      client: (k) => `client = Groq(${arg(k, 'api_key')})`,
      call: (m) => `reply = client.chat.completions.create(model="${m}", messages=[{"role": "user", "content": "Hello"}])`,
    },
    javascript: {
      imports: "import Groq from 'groq-sdk';",
      client: (k) => `const client = new Groq(${opt(k, 'apiKey')});`,
      call: (m) => `const reply = await client.chat.completions.create({ model: '${m}', messages: [{ role: 'user', content: 'Hello' }] });`,
    },
  },
  huggingface: {
    model: 'meta-llama/Llama-3.1-8B',
    altModel: 'openai-community/gpt2',
    python: {
      imports: 'import os\nfrom huggingface_hub import HfApi\nfrom huggingface_hub import errors as hf_errors',
      client: (k) => `api = HfApi(${arg(k, 'token')})`,
      call: (m) => `path = api.hf_hub_download(repo_id="${m}", filename="config.json")`,
    },
    javascript: {
      imports: "import { downloadFile, HubApiError } from '@huggingface/hub';",
      client: (k) => `const accessToken = ${k ?? 'process.env.HF_TOKEN'};`,
      call: (m) => `const file = await downloadFile({ repo: '${m}', path: 'config.json', accessToken });`,
    },
  },
};
