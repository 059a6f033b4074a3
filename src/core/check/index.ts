// The model-id source check (issues 16 and 17), shared by `ai-access-doctor check` and the
// editor's diagnostics. No `vscode` import here.
import { checkModelSites, type CheckOptions, type ModelFinding } from './checks';
import { modelIdSites, type CheckLanguage } from './sites';

export { CHECK_CODES, checkModelSites, liveSuccessor, retirementOf, type CheckCode, type ModelFinding } from './checks';
export { MODEL_LIFECYCLE } from '../providers';
export { modelIdSites, modelIdSitesIn, type ModelIdSite } from './sites';
export { likelyTypo } from './typos';

/** Lexes `text` once and checks every model id in its recognised SDK calls. */
export function checkSource(text: string, language: CheckLanguage, options: CheckOptions): ModelFinding[] {
  return checkModelSites(modelIdSites(text, language), options);
}
