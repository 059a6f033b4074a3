import * as assert from 'node:assert/strict';
import { scanText } from '../../../../src/core/engine';

const brief = (text: string): string[] => scanText(text).map((i) => `${i.provider}/${i.cause}/${i.status}/${i.model}`);

// Shapes from Anthropic and Replicate SDK users' posts (the Anthropic/Replicate SDK held-out round).
describe('Anthropic and Replicate SDK held-out shapes', () => {
  it("reads an error that console.error printed after the app's own label on the stack's first line", () => {
    const stack = '    at Replicate.request (/app/node_modules/replicate/index.js:133:19)\n    at async run (/app/index.js:9:5)\n';
    assert.deepEqual(brief(`Error while predicting images:  Error: API request failed: Not Found\n${stack}`), ['replicate/destination-not-found/404/null']);
    // Control: the same label before an error that is no access failure stays silent.
    assert.deepEqual(brief(`Error while predicting images:  TypeError: Cannot read properties of undefined (reading 'get')\n${stack}`), []);
  });

  it("names Replicate from replicate-js's own methods in a bundle's frames, where no replicate/ path is left", () => {
    const head = 'Error: API request failed: Not Found\n';
    const bundled = (fn: string): string =>
      `${head}    at ${fn} (/var/task/.next/server/chunks/205.js:133:19)\n    at async POST (/var/task/.next/server/app/api/route.js:1:200)\n`;
    assert.deepEqual(brief(bundled('Replicate2.request')), ['replicate/destination-not-found/404/null']);
    // Control: an app's own class of that name running its own method is no sign of the SDK.
    assert.deepEqual(brief(bundled('Replicate.render')), []);
  });
});
