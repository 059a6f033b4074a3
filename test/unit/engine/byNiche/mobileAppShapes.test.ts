import * as assert from 'node:assert/strict';
import { scanText } from '../../../../src/core/engine';

/** provider/cause/status/model of each incident the engine reads in `text`. */
const read = (text: string): string[] => scanText(text, 'test').map((i) => `${i.provider}/${i.cause}/${i.status}/${i.model}`);

describe('engine: mobile apps and game engines calling AI APIs (held-out round h120)', () => {
  it("Vertex AI's refusal of a model restated single-quoted by an app, or with its resource path cut short, names the model", () => {
    assert.deepEqual(
      read("Error: Publisher Model 'projects/p/locations/us-central1/publishers/google/models/gemini-1.5-flash' was not found or you don't have access\n"),
      ['google/model-access/null/gemini-1.5-flash'],
    );
    assert.deepEqual(read("Error: Publisher Model 'projects.../models/gemini-2.0-flash-lite' not found.\n"), [
      'google/model-access/null/gemini-2.0-flash-lite',
    ]);
    // Controls: a quoted model some local server did not find names no Google path, and a Google path in a line
    // that refuses nothing (a model listed, a deploy that went fine) is no incident.
    assert.deepEqual(read("Error: model 'llama3:8b' not found, try pulling it first\n"), []);
    assert.deepEqual(read("Error: deployed Publisher Model 'projects/p/locations/us-central1/publishers/google/models/gemini-1.5-flash' to endpoint 42\n"), []);
  });

  it("Firebase AI Logic's SDKs say the project's Gemini Developer API was never set up: the API is not enabled", () => {
    assert.deepEqual(
      read(
        'E/flutter (12920): [ERROR:flutter/runtime/dart_vm_initializer.cc(40)] Unhandled Exception: Firebase AI Logic is missing a configured Gemini Developer API key. Set one up by visiting https://console.firebase.google.com/project/p/ailogic/settings.\n' +
          'E/flutter (12920): #0      DeveloperSerialization.parseGenerateContentResponse (package:firebase_ai/src/developer/api.dart:108:56)\n',
      ),
      ['google/api-not-enabled/null/null'],
    );
    assert.deepEqual(read('com.google.firebase.ai.type.ServerException: Firebase AI Logic is missing a configured Gemini Developer API key.\n'), [
      'google/api-not-enabled/null/null',
    ]);
    // Controls: Dart's unhandled exception around an app's own missing key, and around a quota limit, is no incident.
    assert.deepEqual(
      read('E/flutter ( 1195): [ERROR:flutter/runtime/dart_vm_initializer.cc(41)] Unhandled Exception: Weather API key is missing from the app settings.\n'),
      [],
    );
    assert.deepEqual(
      read(
        "E/flutter ( 1195): [ERROR:flutter/runtime/dart_vm_initializer.cc(41)] Unhandled Exception: Instance of 'QuotaExceeded' Gemini API key over its quota\n",
      ),
      [],
    );
  });
});
