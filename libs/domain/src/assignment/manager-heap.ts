/** A binary min-heap of small integers (RM indices) under a caller's order. */
export class IndexHeap {
  private readonly items: number[] = [];

  constructor(private readonly before: (a: number, b: number) => boolean) {}

  get size(): number {
    return this.items.length;
  }

  push(index: number): void {
    const items = this.items;
    items.push(index);
    let at = items.length - 1;
    while (at > 0) {
      const parent = (at - 1) >> 1;
      if (!this.before(items[at], items[parent])) break;
      [items[at], items[parent]] = [items[parent], items[at]];
      at = parent;
    }
  }

  /** The first index without removing it; -1 when empty. */
  peek(): number {
    return this.items.length > 0 ? this.items[0] : -1;
  }

  /** Re-seats the first index after its key grew (cheaper than pop and push). */
  firstGrew(): void {
    this.siftDown(0);
  }

  /** Removes and returns the first index; -1 when empty. */
  pop(): number {
    const items = this.items;
    if (items.length === 0) return -1;
    const top = items[0];
    const last = items.pop() as number;
    if (items.length > 0) {
      items[0] = last;
      this.siftDown(0);
    }
    return top;
  }

  private siftDown(start: number): void {
    const items = this.items;
    let at = start;
    for (;;) {
      const left = 2 * at + 1;
      const right = left + 1;
      let first = at;
      if (left < items.length && this.before(items[left], items[first])) first = left;
      if (right < items.length && this.before(items[right], items[first])) first = right;
      if (first === at) return;
      [items[at], items[first]] = [items[first], items[at]];
      at = first;
    }
  }
}
