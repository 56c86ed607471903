/** Every command the extension contributes; package.json must list exactly these (a test checks). */
export const enum CommandId {
  Generate = 'handover.generate',
  Create = 'handover.create',
  Refresh = 'handover.refresh',
  OpenFile = 'handover.openFile',
  Analyze = 'handover.analyze',
  CopyBranchName = 'handover.copyBranchName',
  CompareBranch = 'handover.compareBranch',
  CheckoutBranch = 'handover.checkoutBranch',
  ShowOnlyOpen = 'handover.showOnlyOpen',
  ShowAllItems = 'handover.showAllItems',
  ShowOnlyMine = 'handover.showOnlyMine',
  ShowEveryones = 'handover.showEveryones',
  /** Internal: the "Load more" row of a long list. */
  LoadMore = 'handover.loadMore',
  /** Internal: opens HANDOVER.yaml at a line. Hidden from the palette. */
  RevealLine = 'handover.revealLine',
}
