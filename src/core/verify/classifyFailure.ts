// Turns one failed step into an outcome by walking the provider's rules, then COMMON_RULES.
import type { ProviderId } from '../types';
import { CHECKS, COMMON_RULES, type OutcomeRule, type StepKind } from './checks';
import type { VerifyOutcome } from './types';

/** A provider answer that was not a success, whichever client got it. */
export interface HttpFailure {
  step: StepKind;
  status: number;
  /** Body text (JSON or not), as much as the client kept. */
  body: string;
  /** Lower-case names. */
  headers: Record<string, string>;
}

export interface FailureOutcome {
  outcome: VerifyOutcome;
  reason?: string;
  rule: OutcomeRule;
}

export function classifyFailure(provider: ProviderId, failure: HttpFailure): FailureOutcome {
  const rules = [...CHECKS[provider].rules, ...COMMON_RULES];
  const rule = rules.find((candidate) => matches(candidate, failure)) ?? COMMON_RULES[COMMON_RULES.length - 1];
  return { outcome: rule.outcome, reason: rule.reason, rule };
}

function matches(rule: OutcomeRule, failure: HttpFailure): boolean {
  if (rule.status !== undefined) {
    const statuses = Array.isArray(rule.status) ? rule.status : [rule.status];
    if (!statuses.includes(failure.status)) return false;
  }
  if (rule.statusRange && (failure.status < rule.statusRange[0] || failure.status > rule.statusRange[1])) return false;
  if (rule.step !== undefined) {
    const steps = Array.isArray(rule.step) ? rule.step : [rule.step];
    if (!steps.includes(failure.step)) return false;
  }
  if (rule.bodyIncludes) {
    const body = failure.body.toLowerCase();
    if (!rule.bodyIncludes.some((part) => body.includes(part.toLowerCase()))) return false;
  }
  if (rule.header) {
    const value = failure.headers[rule.header.name.toLowerCase()] ?? '';
    if (!value.toLowerCase().includes(rule.header.includes.toLowerCase())) return false;
  }
  return true;
}
