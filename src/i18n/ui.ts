/**
 * Every string the interface shows to readers, in one place. The speech text itself
 * lives in content/; these are the site's own words.
 */
export const ui = {
  siteName: '扎实推进长三角一体化发展座谈会',
  /** Reading site: layout, navigation, sharing (src/layouts, src/components, src/pages). */
  reading: {
    intro: '这是这篇报道的阅读版：全文按原文顺序分为第一至第七条和其余段落，每一节都有固定的链接，便于阅读、搜索和引用。',
    skipToContent: '跳到正文',
    mainNav: '站点',
    toc: '目录',
    /** The phone menu's copy of the table of contents (a second landmark needs its own name). */
    tocMenu: '目录菜单',
    tocPriorities: '第一至第七',
    tocOthers: '其余段落',
    full: '全文',
    fullLink: '在一页中阅读全文',
    about: '关于本文',
    pager: '上一节和下一节',
    prev: '上一节',
    next: '下一节',
    /** Shown for priority 1, whose heading the source lacks. */
    untitled: '原文缺标题',
    note: '编者注',
    anchorLabel: '本节链接：',
    copyLink: '复制链接',
    copied: '已复制',
    copyFailed: '复制失败',
    /** After 复制失败 (permission refused, or no clipboard on a plain-HTTP address): the text waits selected in a field. */
    copyByHand: '复制失败：浏览器不允许本页使用剪贴板。要复制的内容已在下方的框中选中，请用 Ctrl+C（⌘C）或长按手动复制。',
    copyField: '要手动复制的内容',
    quoteLink: '复制引用链接',
    printedUrl: '本页网址：',
    /** The QR code control (src/components/QrCode.astro): its button, what it shows, the image's text. */
    qr: '二维码',
    qrSection: '用手机扫码打开本节',
    qrPage: '用手机扫码打开本页',
    qrAltSection: '本节网址的二维码',
    qrAltPage: '本页网址的二维码',
    /** The printed edition: one line under the title on where the text comes from (src/layouts/Base.astro). */
    printSource: '文本来自一篇网页报道，本站按原文顺序分节，未增改文字。',
    /** The share card's alt text (og:image:alt): what the image shows. */
    cardAlt: (name: string, title: string) => `${name}——《${title}》`,
    /** Beside 复制链接: how to cite the text (/about/#cite). */
    citeLink: '引用本文',
    notFoundTitle: '找不到这个页面',
    notFoundText: '这个网址没有对应的页面，网址可能有误或已经改变。请从下面的目录继续阅读。',
  },
  /** The about page (src/pages/about.astro). */
  about: {
    title: '关于本文',
    sourceHeading: '文本从哪里来',
    source: (title: string) =>
      `本站的文本来自一篇从网页抓取的报道，标题为《${title}》。抓取到的原稿原样保存在本站源代码的 content/source/speech.txt 中，从不改动；网页上的文字由导入程序按固定规则从原稿生成。`,
    rulesHeading: '整理了什么',
    rules: '原稿的每一句话在本站都出现且只出现一次，顺序不变，不增加任何文字。导入程序对原稿所做的处理全部记录如下。',
    missingHeading: '原文缺少的部分',
    missing: { opening: '原文从这一条的中途开始，缺少开头', title: '原文缺少这一条的标题，本站不作补写' },
    removedHeading: '删去的重复段落',
    removed: (line: number, excerpt: string) => `原稿第 ${line} 行“${excerpt}”与前文重复，已删去；保留的文字见`,
    joinedHeading: '接合的断句',
    joined: (lines: string) => `原稿第 ${lines} 行是被换行截断的同一段话，已接合，见`,
    none: '无。',
    citeHeading: '如何引用',
    referencesHeading: '参考文献格式',
    references: '引用本站的文本，可以用下面的格式（只写本站能确定的信息：标题照原稿，网址是本站的网址；原稿没有作者、发布者和日期，所以不写）。',
    gbt7714: 'GB/T 7714—2015（电子资源）',
    gbt7714Note: '引用日期是您查阅的日期，请按实际填写（开启 JavaScript 时会自动填入今天的日期）。',
    apa: 'APA 第 7 版',
    copyReference: '复制',
    downloads: '导入文献管理软件（Zotero、EndNote、NoteExpress 等）：',
    ris: 'RIS',
    bibtex: 'BibTeX',
    cslJson: 'CSL-JSON',
    cite: '每一节都有固定的网址，可以直接分享：',
    citePriority: '第一至第七条，各自一页（例如第五条）：',
    citeFull: '全文页中的某一条，用 #priority-N 定位：',
    citeOther: '其余段落：',
    citeQuote:
      '引用一句话：在正文中选中这句话（用鼠标、手指，或按住 Shift 键用方向键），点“复制引用链接”或“复制引用”。链接末尾带有 #:~:text=……，在支持的浏览器中打开时会滚动到这句话并高亮显示；不支持的浏览器会打开到所在的一节。“复制引用”同时复制这句话、出处和链接，可以直接粘贴到聊天或文档中。每节标题旁的“#”和“复制链接”都是这一节的网址。',
  },
} as const;

/** The two editions (src/lib/editions.ts): the language switch, and what the traditional edition is. */
export const editionUi = {
  /** The switch's label, in the script of the edition it leads to. */
  switchTo: { simplified: '简体', traditional: '繁體' },
  /** OpenCC's character standards (content/traditional.json). */
  standards: { t: 'OpenCC 标准', hk: '香港标准', tw: '台湾标准' },
  /** Shown on every traditional page. */
  note: (standard: string) => `繁体版由简体原文自动转换（OpenCC，${standard}字形），以简体原文为准。`,
  noteLink: '转换说明',
  aboutHeading: '繁体版',
  about: (standard: string) =>
    `繁体版的每一页都在构建网站时由简体原文自动转换为繁体字（OpenCC，${standard}字形）。转换时只改字形，不替换用词，所以每一句都仍是讲话原文的那一句；简体原文是唯一的依据。`,
  correctionsHeading: '人工校订的字',
  /** “隻爭朝夕”改为“只爭朝夕”：reason */
  changedTo: '改为',
  roundTripHeading: '还原检查',
  roundTrip: '把繁体版的每一句转换回简体，都与原文一字不差。以下句子例外：',
  roundTripClean: '把繁体版的每一句转换回简体，都与原文一字不差。',
} as const;

/** Search (src/search/, src/components/Search*.astro, /search/). */
export const searchUi = {
  button: '搜索',
  needsJavaScript: '搜索需要 JavaScript。没有 JavaScript 时，可以打开全文，用浏览器的“查找”功能：',
  fullText: '全文',
  /**
   * What the search scripts show. Pages carry these in their own script (SearchButton.astro), so
   * the traditional edition shows them converted; `{count}` and `{query}` are filled in.
   */
  client: {
    dialogLabel: '搜索讲话全文',
    inputLabel: '要查找的字句',
    placeholder: '输入字句，如 同城待遇',
    close: '关闭',
    hint: '输入讲话中的字句，列出含有它的段落；用空格分隔几个都要出现的词。简体、繁体、拼音都可以。',
    loading: '正在载入搜索……',
    found: '找到 {count} 个段落',
    occurrences: '出现 {count} 次',
    notFound: '未找到“{query}”',
    /** Search by sound (src/search/sound.ts): pinyin queries and homophones. */
    searchingSound: '正在按读音查找……',
    foundPinyin: '按拼音“{query}”找到 {count} 个段落',
    foundAlsoPinyin: '找到 {count} 个段落；按拼音另找到 {pinyinCount} 个',
    foundHomophones: '没有找到“{query}”。读音相同的{words}：{count} 个段落',
    quoted: '“{text}”',
    listSeparator: '、',
    pinyinTag: '拼音',
    homophoneTag: '同音',
    indexMissing: '搜索索引需要先运行 npm run build',
    unavailable: '搜索暂时无法使用，请稍后再试，或在全文中查找：',
    /** Loading took longer than the deadline (src/search/controller.ts): the next keystroke tries again. */
    timedOut: '搜索载入超时。再输入或删除一个字即可重试，也可以在全文中查找：',
    /** search/fold.json could not be loaded: each script still finds itself. */
    foldMissing: '（简繁对照未能载入，只查找与输入字形相同的文字。）',
    /** The query reached the input's length limit (QUERY_MAX_LENGTH): what is past it was not typed. */
    tooLong: '（最多查找 {max} 个字，超出的部分已略去。）',
    fullText: '全文',
  },
} as const;

/** The strings of `searchUi.client` as the page carries them (either script). */
export type SearchStrings = { readonly [K in keyof typeof searchUi.client]: string } & {
  /** The full text in the page's edition, offered when search cannot load. */
  readonly fullTextHref: string;
};

/** Quoting (src/browser/enhance.ts, src/browser/quote.ts): what 复制引用 copies besides the quote. */
export const quoteUi = {
  copyQuote: '复制引用',
  /** Where a quote is from: the section, then the speech's title in 《》. */
  source: (section: string, title: string) => `——${section}，《${title}》`,
  /** 复制引用 as plain text, for chat apps: the quote in quotation marks, its source, the link on a line of its own. */
  plain: (quote: string, source: string, url: string) => `“${quote}”${source}\n${url}`,
} as const;
