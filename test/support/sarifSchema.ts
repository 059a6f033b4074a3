// The official SARIF 2.1.0 JSON schema (OASIS, as shipped in @microsoft/jest-sarif) compiled with
// ajv's draft-04 validator, for the CLI's SARIF tests.
import Ajv from 'ajv-draft-04';
import * as fs from 'node:fs';

const SCHEMA_PATH = require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');

let validate: (((data: unknown) => boolean) & { errors?: unknown }) | undefined;

/** Schema errors of `log` as text, or '' when it is valid SARIF 2.1.0. */
export function sarifErrors(log: unknown): string {
  if (!validate) {
    const schema = JSON.parse(fs.readFileSync(SCHEMA_PATH, 'utf8'));
    // unicodeRegExp off: the schema's language pattern is not valid with the u flag.
    validate = new Ajv({ allErrors: true, strict: false, validateFormats: false, unicodeRegExp: false }).compile(schema);
  }
  return validate(log) ? '' : JSON.stringify(validate.errors, null, 1);
}
