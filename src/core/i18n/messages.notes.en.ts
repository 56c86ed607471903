// English texts of the detections' notes: what git history could not give in full (missing objects,
// a shallow clone, limits) and what of a repository's gitleaks configuration could not be honoured.
// The detectors produce a key and its parameters (detect/detectionNotes.ts); the report, the CLI and
// the tree render them in their language. Spread into messages.en.ts.
export const notesEn = {
  'note.general.notGit': 'not a git repository',
  'note.general.noCommits': 'no commits yet',
  'note.general.gitUnavailable': 'git unavailable: {detail}',
  'note.general.shallow': 'shallow clone: history figures are lower bounds',
  'note.owned.skippedCommits': 'missing objects: {count|# commit|# commits} skipped ({commits}), every other commit read; ownership figures are lower bounds',
  'note.owned.notBlamed':
    'current lines: {count|# file|# files} history names as theirs {count|was|were} judged on history alone (not blamed: {beyondCap} beyond the first {candidates}, {forTime} for time, {failed} unreadable)',
  'note.owned.historyDoubted':
    'current lines: blame confirmed {confirmed} of the {measured} files history names as theirs that it checked, so {count|# file|# files} judged on history alone {count|is|are} listed as contributed, not owned',
  'note.owned.stateDamaged': 'ownership cache damaged or from another version: history read again in full',
  'note.owned.stateShallow': 'ownership cache made on a clone of another depth: history read again in full',
  'note.owned.stateMailmap': '.mailmap changed since the cached ownership analysis: history read again in full',
  'note.owned.missingCommits':
    '{count|# commit is|# commits are} missing from this clone ({commits}): the older history reached only through {count|it|them} was not read; ownership figures are lower bounds',
  'note.owned.stateOtherHistory': 'ownership cache describes a commit outside the history of {ref} (rewritten or switched): history read again in full',
  'note.branches.noMergeBase': '{branch}: shares no history with the default branch; not compared',
  'note.branches.missingObjects': '{branch}: some of its commits or files are missing from this clone; not compared',
  'note.branches.unreadable': '{branch}: could not be read ({detail})',
  'note.branches.tipMissing': '{branch}: its tip commit is missing from this clone; not compared',
  'note.credentials.unreadableRefs':
    '{count|# branch or tag points|# branches or tags point} at a commit this clone lacks; {count|its|their} history is scanned only where other branches reach it: {refs}',
  'note.credentials.longLines': '{count|# added line|# added lines} longer than {kib} KiB {count|was|were} not read',
  'note.credentials.unreadableCommits':
    '{count|# commit|# commits} could not be read in full because this clone lacks some of their objects ({files|# file|# files} left out; nothing was fetched): {commits}',
  'note.credentials.unreadableCommitsWhole':
    '{count|# commit|# commits} could not be read in full because this clone lacks some of their objects ({files|# file|# files} left out, {whole|# commit|# commits} left out whole; nothing was fetched): {commits}',
  'note.credentials.unreadableAtHead': '{count|# file|# files} at {ref} that once held a secret could not be read (this clone lacks them): their secrets are shown as removed',
  'note.credentials.shallow': 'shallow clone: credentials in the missing history are not found',
  'note.credentials.missingCommits':
    '{count|# commit is|# commits are} missing from this clone ({commits}): the older history reached only through {count|it|them} was not scanned; every other commit was',
  'note.credentials.mergesUnread':
    'what merge commits add themselves was read for {count|# merge|# merges}, then this clone lacked an object that merge {commit} needs: the older merges\' own additions were not scanned (their parents\' commits were)',
  'note.credentials.movedUnread':
    '{count|# renamed file|# renamed files} could not be read whole (this clone lacks {count|it|them}): a secret in {count|its|their} unchanged lines has no place at the new path',
  'note.credentials.mergeFilesTooLarge':
    '{count|# file was|# files were} too large for git to compare with every parent of a merge (build output as a rule): what merges wrote into {count|it|them} themselves was not scanned (their parents\' commits were)',
  'note.gitleaks.badAllowlistPattern': '.gitleaks.toml allowlist {index}: a pattern in {field} is not a valid regular expression and was left out',
  'note.gitleaks.badRuleAllowlistPattern': '.gitleaks.toml rule "{rule}" allowlist {index}: a pattern in {field} is not a valid regular expression and was left out',
  'note.gitleaks.badRulePathPattern': '.gitleaks.toml rule "{rule}": its path pattern is not a valid regular expression; the rule was left out',
  'note.gitleaks.badRulePattern': '.gitleaks.toml rule "{rule}": its pattern is not a valid regular expression; the rule was left out',
  'note.gitleaks.extendsOther': '.gitleaks.toml extends a configuration on the network ([extend] url): it is not fetched; the built-in rules are used in its place',
  'note.gitleaks.ownRulesOnly': '.gitleaks.toml has rules of its own and does not extend the default ones ([extend] useDefault = true): as with gitleaks, only its rules are used',
  'note.gitleaks.noRules': '.gitleaks.toml has no rules and does not extend the default ones: gitleaks would find nothing with it; this scan keeps its built-in rules and applies the allowlist',
  'note.gitleaks.unknownDisabledRule': '.gitleaks.toml [extend] disabledRules: "{rule}" names no rule of this scan and was ignored',
  'note.mentions.missingObjects': 'missing objects: {count|# file|# files} could not be searched for mentions',
  'note.mentions.tooLarge': '{count|# configuration file|# configuration files} over {mib} MiB not searched for mentions',
  // Where a note is shown: the CLI's text summary, the report's sections.
  'cli.detect.note': 'note: {text}',
  // The rest of the `detect` text summary (its tab-separated rows keep ids, paths and dates as they are).
  'cli.detect.noHead': '(none)',
  'cli.detect.owned': 'Owned files: {count} in {folders|# folder|# folders} (contributed to: {contributed}, formerly theirs: {formerly}, left out: {excluded})',
  'cli.detect.branches': 'Open branches: {count}',
  'cli.detect.branchesLanded': 'Already merged (squash or rebase), to delete: {count}',
  'cli.detect.more': '  … and {count} more (detect --json lists them all)',
  'cli.detect.branchesAgainst': 'Open branches (against {branch}): {count}',
  'cli.detect.unrelatedHistory': 'unrelated history',
  'cli.detect.tooFar': 'not compared (too far)',
  'cli.detect.listSeparator': ', ',
  'cli.detect.credentials': 'Credentials in history: {count} ({notRotated} not rotated)',
  'cli.detect.atHead': 'at HEAD',
  'cli.detect.rotated': 'rotated',
  'cli.detect.notRotated': 'NOT ROTATED',
  'cli.detect.ignored': 'ignored',
  'cli.detect.mentions': 'Configuration that still names them: {count}',
  'cli.detect.inComment': '(comment)',
  // The progress line a terminal shows while history is read (redrawn in place, erased when done).
  'progress.owned': 'Files they own: reading history…',
  'progress.branches': 'Open branches: comparing with the default branch…',
  'progress.credentials': 'Credentials in history: scanning every change…',
  'progress.mentions': 'Configuration that still names them: searching…',
  'progress.history': 'Reading history…',
  'progress.commits': '{stage} {count|# commit|# commits} read',
  // A bare repository (a mirror): detect reads the commit; every other command needs a work tree.
  // `detect --ref REV`: the described commit is named by the ref given and its short sha, not "HEAD".
  'cli.detect.described': '{ref} (commit {sha}, {date})',
  'cli.detect.atRef': 'at {ref}',
  'cli.detect.badRef': '--ref: "{ref}" names no commit of this repository',
  'cli.bare.handoverFromCommit': 'HANDOVER.yaml read from {revision} (a bare repository has no work tree)',
  'cli.bare.needsWorkTree':
    '{command} needs a work tree, and {folder} is a bare repository (no checked-out files): it reads and writes HANDOVER.yaml and the report beside it. Run it in a clone (git clone {folder} DIR); `handover detect` runs here, reading the commit.',
  'report.notes.item': 'Note: {text}',
};
