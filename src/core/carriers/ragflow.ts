// RAGFlow checks a model by calling it and prints the provider's answer after its own words,
// naming the model with its factory (the provider), as `factory/model` or `model___Factory`:
// `Fail to access model(OpenAI/gpt-4o-mini).Incorrect API key provided…`,
// `ERROR: Fail to access model(Qwen/Qwen2.5-72B-Instruct___HuggingFace).**ERROR**: Error code: 400 - {…}`,
// `Fail to access embedding model(…) using this api key.`. Factories that are none of the packs
// (Tongyi-Qianwen, Ollama, ZHIPU-AI…) are named in the same places.
import type { Carrier } from './types';

const SUFFIXED = /\bFail to access (?:[\w-]+ )?model\([^()\s]{1,200}?___([\w-]{2,40})\)/g;
const PREFIXED = /\bFail to access (?:[\w-]+ )?model\(([\w-]{2,40})\/[^()\s]{1,200}\)/g;

export const ragflow: Carrier = {
  id: 'ragflow',
  name: 'RAGFlow',
  signs: [/\bFail to access (?:[\w-]+ )?model\(/],
  // The suffix is the factory whenever it is there (`Qwen/…___HuggingFace`: `Qwen` is the repo's owner).
  providerWords: [SUFFIXED, PREFIXED],
  calledWords: [SUFFIXED],
  models: [/\bFail to access (?:[\w-]+ )?model\(([^()\s]{1,200}?)___[\w-]{2,40}\)/, /\bFail to access (?:[\w-]+ )?model\([\w-]{2,40}\/([^()\s]{1,200})\)/],
  packages: [],
};
