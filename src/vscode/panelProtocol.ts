// The messages between the diagnostics panel (panel.ts) and its page (media/panel.js, which
// imports these types through JSDoc and is type-checked by `npm run typecheck:media`).

/** Messages the page may send; the host still validates each one (parseMessage in panel.ts). */
export type PanelInbound =
  | { type: 'ready' }
  | { type: 'clear' }
  | { type: 'interacted' }
  | { type: 'select' | 'goToLine' | 'verifyToken' | 'copyTrace'; incidentId: string }
  | { type: 'openFrame'; incidentId: string; frameIndex: number }
  | { type: 'applyFix'; incidentId: string; index: number };

/** An action on the selected incident, before the page adds the incident's id. */
export type IncidentAction = PanelInbound extends infer M ? (M extends { incidentId: string } ? Omit<M, 'incidentId'> : never) : never;

/** The webview API as the page uses it. */
export interface PanelPageApi {
  postMessage(message: PanelInbound): void;
  getState(): { state?: unknown } | undefined;
  setState(state: { state: unknown }): void;
}
