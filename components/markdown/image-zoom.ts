import { IMAGE_LINK_CLASS, opensEnlarged } from '@/lib/markdown/image-links'

/**
 * The image zoom. The build puts each image of the body in a link to its full-size file
 * (lib/markdown/image-links.ts), which is what a reader without JavaScript gets; here a click on
 * that link, or Enter or Space on it, shows the file fit to the window instead. A modal <dialog>:
 * it keeps focus inside and closes with Esc; a click anywhere in it, or its button, closes it too,
 * and focus goes back to the link. Plain DOM, loaded by the ImageZoom island on pages with images.
 * Returns what takes it away again (the reader leaves the page).
 */
export function attachImageZoom(words: { label: string; close: string }): () => void {
  const dialog = document.createElement('dialog')
  dialog.className = 'image-zoom-dialog'
  dialog.setAttribute('aria-label', words.label)
  const enlarged = document.createElement('img')
  enlarged.className = 'image-zoom-image'
  enlarged.alt = ''
  const close = document.createElement('button')
  close.type = 'button'
  close.className = 'image-zoom-close'
  close.textContent = words.close
  dialog.append(enlarged, close)
  document.body.append(dialog)

  let opener: HTMLAnchorElement | undefined
  const selector = `a.${IMAGE_LINK_CLASS}`

  /** The link's image, when enlarging it would show it larger than the page does. */
  const zoomable = (link: HTMLAnchorElement): HTMLImageElement | undefined => {
    const image = link.querySelector('img')
    if (!image) return undefined
    // The room is the enlarged image's largest box (app/styles/markdown.css), computed even while the dialog is shut.
    const style = getComputedStyle(enlarged)
    const room = { width: parseFloat(style.maxWidth), height: parseFloat(style.maxHeight) }
    const natural = { width: image.naturalWidth, height: image.naturalHeight }
    const shown = { width: image.clientWidth, height: image.clientHeight }
    return opensEnlarged(natural, shown, room) ? image : undefined
  }

  const open = (link: HTMLAnchorElement, image: HTMLImageElement) => {
    if (dialog.open) return
    opener = link
    // The link leads to the largest file (the src, or the srcset's largest), not the one the column shows.
    enlarged.src = link.href
    enlarged.alt = image.alt
    dialog.showModal()
  }

  const linkOf = (event: Event): HTMLAnchorElement | undefined => {
    const link = (event.target as Element | null)?.closest?.(selector)
    return link instanceof HTMLAnchorElement ? link : undefined
  }

  const onClick = (event: MouseEvent) => {
    const link = linkOf(event)
    // Ctrl/Cmd/Shift/Alt-click keep the link's own meaning: the file in a new tab or window, or saved.
    if (!link || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return
    const image = zoomable(link)
    if (!image) return
    event.preventDefault()
    open(link, image)
  }

  // Enter on a link is a click; Space, which would scroll the page, opens it as it would a button.
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== ' ' || event.repeat) return
    const link = linkOf(event)
    const image = link && zoomable(link)
    if (!link || !image) return
    event.preventDefault()
    open(link, image)
  }

  // The zoom cursor only over an image that opens enlarged.
  const onPointerOver = (event: PointerEvent) => {
    const link = linkOf(event)
    if (link) link.classList.toggle('image-zoom-ready', zoomable(link) !== undefined)
  }

  const onClose = () => {
    opener?.focus({ preventScroll: true })
    opener = undefined
  }
  // Any click in it closes it: on the image, around it, or on the button.
  const shut = () => dialog.close()
  // A modal dialog lets Tab leave the page for the browser's own controls; its one control keeps focus instead.
  const keepFocus = (event: KeyboardEvent) => {
    if (event.key !== 'Tab') return
    event.preventDefault()
    close.focus()
  }

  document.addEventListener('click', onClick)
  document.addEventListener('keydown', onKeyDown)
  document.addEventListener('pointerover', onPointerOver)
  dialog.addEventListener('click', shut)
  dialog.addEventListener('keydown', keepFocus)
  dialog.addEventListener('close', onClose)
  return () => {
    document.removeEventListener('click', onClick)
    document.removeEventListener('keydown', onKeyDown)
    document.removeEventListener('pointerover', onPointerOver)
    dialog.remove()
  }
}
