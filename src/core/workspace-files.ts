/** Where a repository of postings keeps Posting Lens's files; shared by the editor and the CLI. */

/** Rules, severities, required sections, glossaries and ignore globs. */
export const CONFIG_FILE = '.postinglens.yaml';

/** The workspace glossary: read by both front ends, written by "Add to Workspace Glossary". */
export const WORKSPACE_GLOSSARY = '.postinglens/glossary.yaml';
