import { decodeUriComponentSafe } from '../formats/text'
/**
 * Which heading's section is being read: the last heading whose top has reached the
 * reading line (a third of the way down the window, where the eyes are once a section's
 * text fills the screen), or the last heading once the page is scrolled to the bottom. A heading the reader jumped to (a ToC
 * click, a deep link) stays marked until the reader scrolls away from where it landed.
 * Framework-free; the ToC's client component drives it.
 */
export class ScrollSpy {
  private frame = 0
  private active: string | undefined
  private pinned: { id: string; scrollY: number | undefined } | undefined

  constructor(
    private readonly headings: HTMLElement[],
    private readonly onChange: (id: string | undefined) => void,
  ) {}

  start(): () => void {
    const schedule = () => {
      if (this.frame) return
      this.frame = requestAnimationFrame(() => {
        this.frame = 0
        this.update()
      })
    }
    const landed = () => {
      if (this.pinned && this.pinned.scrollY === undefined) this.pinned.scrollY = window.scrollY
      schedule()
    }
    const onHashChange = () => this.pin(decodeHash(location.hash))
    window.addEventListener('scroll', schedule, { passive: true })
    window.addEventListener('scrollend', landed, { passive: true })
    window.addEventListener('resize', schedule, { passive: true })
    window.addEventListener('hashchange', onHashChange)
    if (location.hash) this.pin(decodeHash(location.hash))
    this.update()
    return () => {
      window.removeEventListener('scroll', schedule)
      window.removeEventListener('scrollend', landed)
      window.removeEventListener('resize', schedule)
      window.removeEventListener('hashchange', onHashChange)
      cancelAnimationFrame(this.frame)
    }
  }

  /** The reader asked for this heading: mark it while the page rests where the jump left it. */
  pin(id: string): void {
    if (!this.headings.some((heading) => heading.id === id)) return
    this.pinned = { id, scrollY: undefined }
    // Browsers without `scrollend`, or a jump that did not scroll: settle after a moment.
    setTimeout(() => {
      if (this.pinned?.id === id && this.pinned.scrollY === undefined) this.pinned.scrollY = window.scrollY
    }, 800)
    this.set(id)
  }

  update(): void {
    if (this.pinned) {
      if (this.pinned.scrollY === undefined || Math.abs(window.scrollY - this.pinned.scrollY) < 48)
        return this.set(this.pinned.id)
      this.pinned = undefined
    }
    const first = this.headings[0]
    const landing = first ? Number.parseFloat(getComputedStyle(first).scrollMarginTop) || 0 : 0
    this.set(
      activeHeadingId(
        this.headings.map((heading) => ({ id: heading.id, top: heading.getBoundingClientRect().top })),
        readingLine(window.innerHeight, landing),
        window.innerHeight + window.scrollY >= document.documentElement.scrollHeight - 2,
      ),
    )
  }

  private set(id: string | undefined): void {
    if (id === this.active) return
    this.active = id
    this.onChange(id)
  }
}

function decodeHash(hash: string): string {
  return decodeUriComponentSafe(hash.slice(1))
}

/**
 * How far down the window (px) a heading must come for its section to count as being read:
 * a third of the window, and never above where a heading lands when jumped to
 * (`landing`, its scroll-margin-top), so a jumped-to heading always counts.
 */
export function readingLine(windowHeight: number, landing: number): number {
  return Math.max(windowHeight / 3, landing + 16)
}

/** The pure rule behind ScrollSpy, for tests: tops are relative to the window. */
export function activeHeadingId(
  headings: { id: string; top: number }[],
  readingLine: number,
  atBottom: boolean,
): string | undefined {
  if (headings.length === 0) return undefined
  if (atBottom) return headings.at(-1)!.id
  let active: string | undefined
  for (const heading of headings) {
    if (heading.top <= readingLine) active = heading.id
    else break
  }
  return active
}
