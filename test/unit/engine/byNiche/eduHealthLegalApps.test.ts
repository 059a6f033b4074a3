import * as assert from 'node:assert/strict';
import { verdicts } from '../helpers';

// Education, healthcare and legal apps (tutoring bots, LMS plugins, medical chatbots, student projects),
// found in a blind held-out round on their posts.

const OLD_SDK_NO_KEY =
  "No API key provided. You can set your API key in code using 'openai.api_key = <API-KEY>', or you can set the environment variable OPENAI_API_KEY=<API-KEY>). If your API key is stored in a file, you can point the openai module at it with 'openai.api_key_path = <PATH>'. You can generate API keys in the OpenAI web interface. See https://platform.openai.com/account/api-keys for details.";

describe('edu, health and legal apps: shapes their posts print', () => {
  it("the Hub's not-found text quoted in a post's own sentence, its first letter lower-cased, is the same report", () => {
    const post = (url: string) =>
      [
        `yes repository Not Found for url: ${url}`,
        'Please make sure you specified the correct repo_id and repo_type.',
        'If you are trying to access a private or gated repo, make sure you are authenticated.',
        'Invalid username or password. i get also',
        '',
      ].join('\n');
    assert.deepEqual(verdicts(post('https://huggingface.co/api/models/org/model.bin/revision/main.')), ['huggingface/invalid-token/null/org/model.bin']);
    // Control: a code host's not-found words (git's `repository not found`, another site's URL) are no Hub refusal.
    assert.deepEqual(verdicts('remote: yes repository not found.\nfatal: repository https://git.acme.example/org/repo.git/ not found\n'), []);
    assert.deepEqual(verdicts('yes repository Not Found for url: https://git.acme.example/org/repo\nPlease check the name.\n'), []);
  });

  it("the old SDK's missing-key sentence after an app's own label is the missing-key report", () => {
    const app = `[BOT] Command received. Asking the model ...\nUnexpected error: ${OLD_SDK_NO_KEY}\n`;
    assert.deepEqual(verdicts(app), ['openai/missing-token/null/null']);
    // Control: the SDK's own source line quoting that string (a notebook's context lines) is no report by itself.
    assert.deepEqual(verdicts(`187         "${OLD_SDK_NO_KEY}"\n    188     )\n`), []);
    // Control: the same label before another missing thing says nothing about a key.
    assert.deepEqual(verdicts('Unexpected error: No input file provided. You can set the path in the config.\n'), []);
  });
});
