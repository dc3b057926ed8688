/** missing-web's `mobile_warning` (layouts/shortcodes/mobile_warning.html): a warning hint that wide content follows. */
export default function MobileWarning() {
  return (
    <blockquote className="mobile-hint book-hint warning">
      <p>本章含有较宽的表格、公式、代码块等内容，建议您在更宽的屏幕上阅读，以获得最佳体验。</p>
    </blockquote>
  )
}
