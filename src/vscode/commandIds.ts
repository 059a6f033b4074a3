// Every command the extension contributes, with the arguments it takes: one table, checked
// against package.json by test/unit/package/contributions.test.ts. Free of `vscode` values so a
// unit test can read it.
import type * as vscode from 'vscode';

export const Commands = {
  ShowDiagnostics: 'aiAccessDoctor.showDiagnostics',
  VerifyToken: 'aiAccessDoctor.verifyToken',
  SetToken: 'aiAccessDoctor.setToken',
  ForgetToken: 'aiAccessDoctor.forgetToken',
  RunFileWithWatch: 'aiAccessDoctor.runFileWithWatch',
  ScanLog: 'aiAccessDoctor.scanLog',
  Clear: 'aiAccessDoctor.clear',
  ApplyFix: 'aiAccessDoctor.applyFix',
  ToggleTokensInTerminals: 'aiAccessDoctor.toggleTokensInTerminals',
  ToggleTokensInDebugSessions: 'aiAccessDoctor.toggleTokensInDebugSessions',
  AccessVerify: 'aiAccessDoctor.access.verify',
  AccessSetToken: 'aiAccessDoctor.access.setToken',
  AccessForgetToken: 'aiAccessDoctor.access.forgetToken',
  VerifyKeyInFile: 'aiAccessDoctor.verifyKeyInFile',
} as const;

export type CommandId = (typeof Commands)[keyof typeof Commands];

/**
 * What each command accepts. Arguments come from menus, links and other extensions, so every
 * handler still validates them; these types are what the extension itself passes.
 */
export interface CommandArgs {
  [Commands.ShowDiagnostics]: [incidentId?: string];
  [Commands.VerifyToken]: [incidentIdOrProvider?: string];
  [Commands.SetToken]: [provider?: string];
  [Commands.ForgetToken]: [provider?: string];
  [Commands.RunFileWithWatch]: [file?: vscode.Uri];
  [Commands.ScanLog]: [file?: vscode.Uri];
  [Commands.Clear]: [];
  [Commands.ApplyFix]: [incidentId: string, index?: number, title?: string];
  [Commands.ToggleTokensInTerminals]: [];
  [Commands.ToggleTokensInDebugSessions]: [];
  [Commands.AccessVerify]: [node?: unknown];
  [Commands.AccessSetToken]: [node?: unknown];
  [Commands.AccessForgetToken]: [node?: unknown];
  [Commands.VerifyKeyInFile]: [file?: vscode.Uri, line?: number];
}
