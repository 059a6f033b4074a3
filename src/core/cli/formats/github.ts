// GitHub Actions workflow commands: `::error file=…,line=…,title=…::message`, escaped as the
// runner's toolkit escapes them (data: % CR LF; properties also : and ,), so text from a trace
// can neither end the command early nor start a new one.
import type { Annotation } from './annotation';

const COMMAND: Record<Annotation['level'], string> = { error: 'error', warning: 'warning', note: 'notice' };

export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export function githubCommand(a: Annotation): string {
  const props: string[] = [];
  if (a.file) props.push(`file=${escapeProperty(a.file)}`);
  if (a.file && a.line) props.push(`line=${a.line}`);
  if (a.file && a.line && a.column) props.push(`col=${a.column}`);
  if (a.file && a.line && a.endColumn) props.push(`endColumn=${a.endColumn}`);
  props.push(`title=${escapeProperty(a.title)}`);
  return `::${COMMAND[a.level]} ${props.join(',')}::${escapeData(`${a.message} [${a.ruleId}]`)}\n`;
}
