// Steps that need the TextMate grammar skip, with a note, while it has not been generated yet.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const grammar = fileURLToPath(new URL('../../syntaxes/posting.tmLanguage.json', import.meta.url));

/** The reason to skip, or '' when the grammar is there. */
export const grammarMissing = () => (existsSync(grammar) ? '' : 'syntaxes/posting.tmLanguage.json is not there yet (run the grammar build)');
