// LangChain, Python and JS, and Ruby's langchainrb: `langchain_openai`, `@langchain/anthropic`, `ChatOpenAI`, the
// "Troubleshooting URL" lines and error codes (MODEL_NOT_FOUND, MODEL_AUTHENTICATION).
import type { Carrier } from './types';

export const langchain: Carrier = {
  id: 'langchain',
  name: 'LangChain',
  signs: [/langchain/i],
  providerWords: [
    // Azure's classes live in langchain_openai: they come first.
    /\b(Azure)(?:Chat)?OpenAI\w*/g,
    /\blangchain_openai[.\\/]\w+[.\\/](azure)\b/g,
    /\blangchain[_-](\w+)/gi,
    /@langchain[\\/+]([\w-]+)/g,
    /\blangchain[.\\/](?:chat_models|llms|embeddings)[.\\/](\w+)/g,
    /\bChat([A-Z][A-Za-z]+)\b/g,
    // langchainrb (Ruby): its LLM classes' files and names (`lib/langchain/llm/google_gemini.rb`, `Langchain::LLM::OpenAI`).
    /\blangchain[\\/]llm[\\/](\w+)\.rb\b/g,
    /\bLangchain::LLM::(\w+)/g,
  ],
  packages: [
    'langchain',
    'langchain_core',
    'langchain_community',
    'langchain_openai',
    'langchain_anthropic',
    'langchain_google_genai',
    'langchain_mistralai',
    'langchain_groq',
    'langchain_cohere',
    // Its other partner packages, which call the providers' SDKs from their own frames (a vector store's
    // `langchain_chroma/vectorstores.py` embedding the query), and its text splitters and experiments.
    'langchain_chroma',
    'langchain_pinecone',
    'langchain_qdrant',
    'langchain_milvus',
    'langchain_postgres',
    'langchain_mongodb',
    'langchain_elasticsearch',
    'langchain_redis',
    'langchain_weaviate',
    'langchain_huggingface',
    'langchain_ollama',
    'langchain_aws',
    'langchain_google_vertexai',
    'langchain_google_community',
    'langchain_nvidia_ai_endpoints',
    'langchain_fireworks',
    'langchain_together',
    'langchain_deepseek',
    'langchain_xai',
    'langchain_ibm',
    'langchain_text_splitters',
    'langchain_experimental',
    'langchain_classic',
    'langgraph',
    '@langchain',
  ],
};
