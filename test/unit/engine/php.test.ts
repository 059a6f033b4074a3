import * as assert from 'node:assert/strict';
import { scanText } from '../../../src/core/engine';
import { isLibraryFrame } from '../../../src/core/parse/frames';
import { parsePhpException } from '../../../src/core/parse/php';

// PHP's uncaught exception: class, message and the place it was thrown, then `#n` frames that
// print each call's place and the function it called.
const NO_KEY =
  "You didn't provide an API key. You need to provide your API key in an Authorization header using Bearer auth (i.e. Authorization: Bearer YOUR_KEY).";

describe('PHP exceptions', () => {
  it('reads the frames of a trace on one line: the place of each call, in the function the next frame called', () => {
    const trace = parsePhpException(
      `OpenAI\\Exceptions\\ErrorException: ${NO_KEY} in /app/vendor/openai-php/client/src/Transporters/HttpTransporter.php:61 Stack trace: #0 /app/vendor/openai-php/client/src/Resources/Chat.php(33): OpenAI\\Transporters\\HttpTransporter->requestObject() #1 /app/public/ask.php(9): OpenAI\\Resources\\Chat->create() #2 {main} thrown in /app/vendor/openai-php/client/src/Transporters/HttpTransporter.php on line 61`,
    );
    assert.equal(trace?.errorClass, 'OpenAI\\Exceptions\\ErrorException');
    assert.equal(trace?.message, NO_KEY);
    // Innermost last.
    assert.deepEqual(trace?.frames, [
      { file: '/app/public/ask.php', line: 9, function: '{main}' },
      { file: '/app/vendor/openai-php/client/src/Resources/Chat.php', line: 33, function: 'OpenAI\\Resources\\Chat->create' },
      {
        file: '/app/vendor/openai-php/client/src/Transporters/HttpTransporter.php',
        line: 61,
        function: 'OpenAI\\Transporters\\HttpTransporter->requestObject',
      },
    ]);
    // Control: an exception without its ` in file.php:line` place is no PHP exception.
    assert.equal(parsePhpException('RuntimeException: boom'), null);
  });

  it("puts an uncaught SDK exception on the user's line, in a log or inline; a PHP failure of no provider says nothing", () => {
    const log = [
      `[12-May-2023 20:10:23 UTC] PHP Fatal error:  Uncaught OpenAI\\Exceptions\\ErrorException: ${NO_KEY} in /var/www/html/vendor/openai-php/client/src/Transporters/HttpTransporter.php:66`,
      'Stack trace:',
      '#0 /var/www/html/vendor/openai-php/client/src/Resources/Chat.php(32): OpenAI\\Transporters\\HttpTransporter->requestObject()',
      '#1 /var/www/html/get.php(232): OpenAI\\Resources\\Chat->create()',
      '#2 /var/www/html/get.php(492): poll()',
      '#3 {main}',
      '  thrown in /var/www/html/vendor/openai-php/client/src/Transporters/HttpTransporter.php on line 66',
    ].join('\n');
    const read = (text: string) => scanText(text).map((i) => `${i.provider}/${i.cause}/${i.userFrame?.file}:${i.userFrame?.line}:${i.userFrame?.function}`);
    assert.deepEqual(read(log), ['openai/missing-token//var/www/html/get.php:232:poll']);
    assert.deepEqual(read(log.split('\n').join(' ')), ['openai/missing-token//var/www/html/get.php:232:poll']);
    // Controls: a database error thrown the same way, and a model overloaded (no access problem).
    assert.deepEqual(read(log.replace(NO_KEY, 'SQLSTATE[HY000] [2002] Connection refused').replace(/OpenAI\\Exceptions\\ErrorException/, 'PDOException')), []);
    assert.deepEqual(read(log.replace(NO_KEY, 'That model is currently overloaded with other requests.')), []);
  });

  it("an SDK's or a framework's class is library code wherever its file is; the app's are the user's", () => {
    const frame = (file: string, fn: string | null) => ({ file, line: 1, function: fn });
    assert.equal(isLibraryFrame(frame('/srv/app/src/Chat.php', 'OpenAI\\Resources\\Chat->create')), true);
    assert.equal(isLibraryFrame(frame('/srv/app/src/Kernel.php', 'Illuminate\\Foundation\\Http\\Kernel->handle')), true);
    assert.equal(isLibraryFrame(frame('H:\\dev\\openai-php\\client\\src\\Resources\\Chat.php', null)), true);
    assert.equal(isLibraryFrame(frame('/srv/app/vendor/guzzlehttp/guzzle/src/Client.php', null)), true);
    assert.equal(isLibraryFrame(frame('/srv/app/app/Service/Ask.php', 'App\\Service\\Ask->run')), false);
    assert.equal(isLibraryFrame(frame('/srv/app/get.php', '{main}')), false);
  });
});
