/**
 * Which heading's section is being read: the last heading whose top has scrolled
 * above a reading line near the top of the window (below any sticky header), or the
 * last heading once the page is scrolled to the bottom. Framework-free; the ToC's
 * client component drives it.
 */
export class ScrollSpy {
  private frame = 0
  private active: string | undefined

  constructor(
    private readonly headings: HTMLElement[],
    private readonly onChange: (id: string | undefined) => void,
    private readonly readingLine: () => number = () => Math.min(120, window.innerHeight * 0.25),
  ) {}

  start(): () => void {
    const schedule = () => {
      if (this.frame) return
      this.frame = requestAnimationFrame(() => {
        this.frame = 0
        this.update()
      })
    }
    window.addEventListener('scroll', schedule, { passive: true })
    window.addEventListener('resize', schedule, { passive: true })
    this.update()
    return () => {
      window.removeEventListener('scroll', schedule)
      window.removeEventListener('resize', schedule)
      cancelAnimationFrame(this.frame)
    }
  }

  update(): void {
    const next = activeHeadingId(
      this.headings.map((heading) => ({ id: heading.id, top: heading.getBoundingClientRect().top })),
      this.readingLine(),
      window.innerHeight + window.scrollY >= document.documentElement.scrollHeight - 2,
    )
    if (next !== this.active) {
      this.active = next
      this.onChange(next)
    }
  }
}

/** The pure rule behind ScrollSpy, for tests: tops are relative to the window. */
export function activeHeadingId(headings: { id: string; top: number }[], readingLine: number, atBottom: boolean): string | undefined {
  if (headings.length === 0) return undefined
  if (atBottom) return headings.at(-1)!.id
  let active: string | undefined
  for (const heading of headings) {
    if (heading.top <= readingLine) active = heading.id
    else break
  }
  return active
}
