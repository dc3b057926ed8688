import type { Words } from './words'

/** Russian plural: 1 страница, 2 страницы, 5 страниц (21 страница, 11 страниц). */
function plural(count: number, one: string, few: string, many: string): string {
  const tens = count % 100
  const units = count % 10
  if (tens >= 11 && tens <= 14) return many
  if (units === 1) return one
  if (units >= 2 && units <= 4) return few
  return many
}

const pages = (count: number) => `${count} ${plural(count, 'страница', 'страницы', 'страниц')}`

/** Russian. */
export const ru: Words = {
  ui: {
    home: 'Главная',
    menu: 'Меню',
    openMenu: 'Открыть меню',
    tableOfContents: 'На этой странице',
    openTableOfContents: 'Открыть оглавление',
    bookNavigation: 'Навигация по книге',
    languages: 'Языки',
    breadcrumbs: 'Навигационная цепочка',
    skipToContent: 'Перейти к содержимому',
    backToTop: 'Наверх',
    previous: 'Назад',
    next: 'Далее',
    lastModified: 'Обновлено:',
    editPage: 'Редактировать эту страницу',
    readingTime: (minutes) => `${minutes} мин чтения`,
    originalSource: 'Оригинал',
    sourceHost: (host) => ` (${host})`,
    categories: 'Категории',
    tags: 'Теги',
    expandSection: 'Развернуть или свернуть «{title}»',
    themeLabel: 'Тема',
    themeNames: { auto: 'Системная', light: 'Светлая', dark: 'Тёмная' },
    labelValue: (label, value) => `${label}: ${value}`,
    notFoundTitle: 'Страница не найдена',
    notFoundText: 'По этому адресу нет страницы. Возможно, её переместили или удалили.',
    backHome: 'Вернуться на главную',
    inThisSection: 'В этом разделе',
    copyLink: 'Ссылка на раздел скопирована',
    copyMarkdown: 'Копировать Markdown',
    viewMarkdown: 'Открыть Markdown',
    markdownCopied: 'Страница скопирована в Markdown',
    opensInNewTab: ' (открывается в новой вкладке)',
    imageZoom: { label: 'Увеличенное изображение', close: 'Закрыть' },
    codeBlock: {
      copy: 'Копировать',
      copyLabel: 'Копировать код',
      copied: 'Скопировано',
      selectedPressKey: 'Выделено: нажмите {key}, чтобы скопировать',
      selectedTouchAndHold: 'Выделено: нажмите и удерживайте, чтобы скопировать',
    },
    search: {
      label: 'Поиск по книге',
      placeholder: 'Поиск по книге…',
      dialogLabel: 'Поиск',
      results: 'Результаты поиска',
      loading: 'Загрузка поискового индекса…',
      failed: 'Не удалось загрузить поисковый индекс. Проверьте подключение и попробуйте ещё раз.',
      retry: 'Повторить',
      noResults: 'По запросу «{query}» ничего не найдено',
      showingResultsFor: 'Показаны результаты по запросу «{query}»',
      close: 'Закрыть поиск',
      closeShort: 'Закрыть',
      open: 'Поиск',
      highlighted: 'Искомые слова выделены на странице: {terms}',
      quote: '«{text}»',
      clearHighlight: 'Снять выделение',
      noScript: 'Для поиска нужен JavaScript.',
      emptyHint: 'Введите ключевые слова, чтобы искать по всей книге',
      shortcutHint: 'На любой странице {key} открывает поиск',
      recentSearches: 'Недавние запросы',
      clearRecentSearches: 'Очистить историю',
      resultCount: {
        one: '{count} результат',
        few: '{count} результата',
        many: '{count} результатов',
        other: '{count} результата',
      },
    },
  },
  lists: {
    termTitle: (taxonomy, term) => `${taxonomy}: ${term}`,
    pageNumber: (number) => `Страница ${number}`,
    pagination: 'Навигация по страницам',
    pageCount: pages,
    noTerms: (taxonomy) => `В разделе «${taxonomy}» пока нет страниц.`,
    noPosts: 'Пока нет записей.',
    termDescription: (taxonomy, term, count) => `${taxonomy} «${term}»: ${pages(count)}.`,
    taxonomyDescription: (taxonomy, count) => `${taxonomy}: всего ${count}.`,
    titleWithPage: (title, number) => `${title} (страница ${number})`,
  },
  markdown: {
    footnotesLabel: 'Примечания',
    footnoteBackLabel: (referenceIndex, rereferenceIndex) =>
      `Вернуться к ссылке ${referenceIndex + 1}${rereferenceIndex > 1 ? `-${rereferenceIndex}` : ''}`,
    alerts: { note: 'Примечание', tip: 'Совет', important: 'Важно', warning: 'Предупреждение', caution: 'Осторожно' },
    headingAnchorLabel: (text) => `Ссылка на «${text}»`,
    imageMissing: 'Изображение отсутствует',
    imageFullSize: 'Открыть изображение в полном размере',
    table: 'Таблица',
    detailsSummary: 'Подробнее',
    expandSummary: 'Развернуть',
    tabName: (number) => `Вкладка ${number}`,
    embeds: {
      youtube: { name: 'Видео на YouTube', open: 'Смотреть на YouTube' },
      vimeo: { name: 'Видео на Vimeo', open: 'Смотреть на Vimeo' },
      gist: { name: 'GitHub Gist', open: 'Открыть на GitHub' },
      x: { name: 'Пост в X', open: 'Открыть в X' },
      instagram: { name: 'Публикация в Instagram', open: 'Открыть в Instagram' },
    },
  },
}
