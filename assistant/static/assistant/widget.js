/*
 * IPR assistant widget: an ES module of small functions (strings, markup,
 * storage, API calls, rendering) and <ipr-assistant>, a thin custom element.
 *
 *   <script type="module" src="https://HOST/static/assistant/widget.js"></script>
 *   <a href="#ipr-assistant">Ask the assistant</a>      (optional skip link)
 *   <ipr-assistant id="ipr-assistant"></ipr-assistant>
 *
 * Importing the module defines the element; it never adds one to the page by
 * itself (call mount() for that). Everything lives in a Shadow DOM and is built
 * with createElement/textContent: server text never goes through innerHTML.
 * Every word the visitor sees or hears is in STRINGS, keyed by name, so a
 * language is added there without touching the rendering code. The language is
 * the element's `lang` attribute, else the page's <html lang>; it is sent with
 * every question (the server answers a message too short to tell in it) and
 * links to this site's pages go to that language's (/es/...). Starter
 * questions and limits come from the server (GET /api/v1/widget/?lang=). Results are
 * CustomEvents on the element: ipr-assistant:answer, :error, :feedback,
 * :handoff, :open, :close. See docs/widget.md.
 */

/* ---- strings ------------------------------------------------------------ */

/** Everything the visitor reads or hears. A value may be [one, other] for counts. */
export const STRINGS = {
  en: {
    landmark: "IPR assistant",
    title: "IPR assistant",
    subtitle: "Answers from CBP's FY 2021 IPR seizure statistics and common questions",
    launcher: "Ask about IPR",
    close: "Close assistant",
    startOver: "Start over",
    intro: "Ask about counterfeit goods, recording your trademark or copyright with CBP, reporting a seller, or the FY 2021 seizure figures.",
    conversation: "Conversation",
    youAsked: "You asked: ",
    assistantAnswered: "The assistant answered: ",
    inputLabel: "Your question",
    placeholder: "Type your question",
    send: "Send",
    counter: "{n} / {max} characters",
    counterOver: "{n} / {max} characters: {over} too many",
    counterNoLimit: ["{n} character", "{n} characters"],
    overLimit: "Your question is over the {max}-character limit. Please shorten it.",
    privacyHint: "Please don't include personal details. ",
    privacyLink: "How your questions are used",
    suggestions: "Suggested questions",
    typing: " The assistant is typing…",
    cleared: "Conversation cleared.",
    notSent: "Not sent",
    whereToGo: "Where to go",
    sources: "Sources:",
    chartTable: "The figures as a table",
    chartItem: "Item",
    chartFigure: "Figure",
    newTab: " (opens in a new tab)",
    emailDetail: "Email {address}",
    callDetail: "Call {number}",
    openLink: "Open",
    feedbackQuestion: "Was this helpful?",
    helpful: "Helpful",
    notHelpful: "Not helpful",
    feedbackThanks: "Thanks, your feedback was recorded.",
    commentLabel: "What were you looking for? (optional)",
    commentHint: "Please don't include personal details.",
    sendComment: "Send comment",
    commentThanks: "Thanks, your comment was sent.",
    emptyQuestion: "Please type a question first.",
    waitBeforeAsking: ["Please wait {n} second before asking again.", "Please wait {n} seconds before asking again."],
    errorTimeout: "The assistant took too long to answer. Please try again.",
    errorOffline: "You seem to be offline. Check your connection and try again.",
    errorUnreachable: "The assistant can't be reached right now. Please try again in a few minutes.",
    errorRateLimited: ["Too many requests in a short time. Please wait {n} second and try again.", "Too many requests in a short time. Please wait {n} seconds and try again."],
    errorTooLong: "Your message is too long. Please keep it under {max} characters.",
    errorTooLongNoLimit: "Your message is too long. Please shorten it.",
    errorServer: "The assistant is not working right now. Please try again in a few minutes.",
    errorRejected: "The server did not accept what was sent. Please check it and try again.",
    errorGeneric: "Something went wrong sending your message. Please try again.",
    handoffOffer: "Send my questions to the IPR help desk",
    handoffTitle: "Send questions to the IPR help desk",
    handoffIntroBefore: "A person at CBP's IPR help desk will read what you send. This is ",
    handoffIntroNot: "not",
    handoffIntroAfter: " a way to file an allegation; to report suspected counterfeit goods use ",
    eAllegations: "e-Allegations",
    handoffPick: "Which of your questions to send",
    handoffEmailLabel: "Your email address, if you want a reply (optional)",
    handoffEmailHint: "Used only to reply to you, and deleted with the request.",
    handoffPreviewTitle: "Exactly this will be sent:",
    handoffPreviewEmail: "Reply address: {email}",
    handoffPreviewNoEmail: "No reply address: the help desk cannot answer you by email.",
    handoffPreviewNothing: "Nothing yet: tick at least one question.",
    handoffSend: "Send to the help desk",
    cancel: "Cancel",
    handoffPickOne: "Tick at least one question to send.",
    handoffTooMany: "Tick at most {max} questions.",
    handoffTooLong: "The ticked questions are over {max} characters in all. Untick some.",
    handoffBadEmail: "Please check the email address, or leave it empty.",
    handoffPreviewLanguage: "Language: English",
    handoffHeading: {
      queued: "Queued, reference {reference}",
      retrying: "Queued, reference {reference}",
      sent: "Sent, reference {reference}",
      answered: "Answered, reference {reference}",
      failed: "Not sent, reference {reference}",
    },
    handoffStatus: {
      queued: "Not emailed to the help desk yet: it is waiting to be sent. This usually takes less than a minute.",
      retrying: "Not sent yet: the mail server did not accept it. It is kept and tried again automatically for 24 hours.",
      sent: "Sent to the IPR help desk by email.",
      answered: "Sent, and marked answered by the IPR help desk.",
      failed: "Not sent: it could not be emailed within 24 hours. It is kept, and staff have been told so they can send it again.",
    },
    handoffReplyEmail: "The help desk can answer you at the address you gave.",
    handoffReplyNone: "You gave no email address: quote the reference if you contact the help desk.",
    handoffStatusLink: "Status page for {reference}",
  },
  es: {
    landmark: "Asistente de IPR",
    title: "Asistente de IPR",
    subtitle: "Cifras de incautaciones de IPR de CBP (año fiscal 2021) y preguntas frecuentes",
    launcher: "Pregunte sobre IPR",
    close: "Cerrar el asistente",
    startOver: "Empezar de nuevo",
    intro: "Pregunte sobre productos falsificados, cómo inscribir su marca o derecho de autor ante CBP, cómo denunciar a un vendedor o las cifras de incautaciones del año fiscal 2021.",
    conversation: "Conversación",
    youAsked: "Usted preguntó: ",
    assistantAnswered: "El asistente respondió: ",
    inputLabel: "Su pregunta",
    placeholder: "Escriba su pregunta",
    send: "Enviar",
    counter: "{n} / {max} caracteres",
    counterOver: "{n} / {max} caracteres: {over} de más",
    counterNoLimit: ["{n} carácter", "{n} caracteres"],
    overLimit: "Su pregunta supera el límite de {max} caracteres. Acórtela, por favor.",
    privacyHint: "No incluya datos personales. ",
    privacyLink: "Cómo se usan sus preguntas",
    suggestions: "Preguntas sugeridas",
    typing: " El asistente está escribiendo…",
    cleared: "Se borró la conversación.",
    notSent: "No se envió",
    whereToGo: "Adónde acudir",
    sources: "Fuentes:",
    chartTable: "Las cifras en una tabla",
    chartItem: "Elemento",
    chartFigure: "Cifra",
    newTab: " (se abre en una pestaña nueva)",
    emailDetail: "Escriba a {address}",
    callDetail: "Llame al {number}",
    openLink: "Abrir",
    feedbackQuestion: "¿Le fue útil?",
    helpful: "Útil",
    notHelpful: "No fue útil",
    feedbackThanks: "Gracias, se registró su opinión.",
    commentLabel: "¿Qué buscaba? (opcional)",
    commentHint: "No incluya datos personales.",
    sendComment: "Enviar comentario",
    commentThanks: "Gracias, se envió su comentario.",
    emptyQuestion: "Escriba una pregunta primero.",
    waitBeforeAsking: ["Espere {n} segundo antes de volver a preguntar.", "Espere {n} segundos antes de volver a preguntar."],
    errorTimeout: "El asistente tardó demasiado en responder. Inténtelo de nuevo.",
    errorOffline: "Parece que no tiene conexión a internet. Revise su conexión e inténtelo de nuevo.",
    errorUnreachable: "No es posible comunicarse con el asistente en este momento. Inténtelo de nuevo en unos minutos.",
    errorRateLimited: ["Demasiadas solicitudes en poco tiempo. Espere {n} segundo e inténtelo de nuevo.", "Demasiadas solicitudes en poco tiempo. Espere {n} segundos e inténtelo de nuevo."],
    errorTooLong: "Su mensaje es demasiado largo. Escriba menos de {max} caracteres.",
    errorTooLongNoLimit: "Su mensaje es demasiado largo. Acórtelo, por favor.",
    errorServer: "El asistente no funciona en este momento. Inténtelo de nuevo en unos minutos.",
    errorRejected: "El servidor no aceptó lo que se envió. Revíselo e inténtelo de nuevo.",
    errorGeneric: "Algo salió mal al enviar su mensaje. Inténtelo de nuevo.",
    handoffOffer: "Enviar mis preguntas a la mesa de ayuda de IPR",
    handoffTitle: "Enviar preguntas a la mesa de ayuda de IPR",
    handoffIntroBefore: "Una persona de la mesa de ayuda de IPR de CBP leerá lo que envíe. Esto ",
    handoffIntroNot: "no",
    handoffIntroAfter: " es una forma de presentar una denuncia; para denunciar productos que parezcan falsificados, use ",
    eAllegations: "e-Allegations",
    handoffPick: "Qué preguntas enviar",
    handoffEmailLabel: "Su correo electrónico, si desea una respuesta (opcional)",
    handoffEmailHint: "Solo se usa para responderle y se borra junto con la solicitud.",
    handoffPreviewTitle: "Se enviará exactamente esto:",
    handoffPreviewEmail: "Dirección para la respuesta: {email}",
    handoffPreviewNoEmail: "Sin dirección para la respuesta: la mesa de ayuda no podrá contestarle por correo electrónico.",
    handoffPreviewNothing: "Nada todavía: marque al menos una pregunta.",
    handoffSend: "Enviar a la mesa de ayuda",
    cancel: "Cancelar",
    handoffPickOne: "Marque al menos una pregunta para enviar.",
    handoffTooMany: "Marque {max} preguntas como máximo.",
    handoffTooLong: "Las preguntas marcadas pasan de {max} caracteres en total. Desmarque algunas.",
    handoffBadEmail: "Revise la dirección de correo electrónico o déjela en blanco.",
    handoffPreviewLanguage: "Idioma: español (la mesa de ayuda le responderá en español si puede)",
    handoffHeading: {
      queued: "En cola, referencia {reference}",
      retrying: "En cola, referencia {reference}",
      sent: "Enviada, referencia {reference}",
      answered: "Respondida, referencia {reference}",
      failed: "No enviada, referencia {reference}",
    },
    handoffStatus: {
      queued: "Todavía no se envió por correo electrónico a la mesa de ayuda: está esperando su turno. Esto suele tardar menos de un minuto.",
      retrying: "Todavía no se envió: el servidor de correo no la aceptó. Se conserva y se vuelve a intentar automáticamente durante 24 horas.",
      sent: "Se envió por correo electrónico a la mesa de ayuda de IPR.",
      answered: "Se envió, y la mesa de ayuda de IPR la marcó como respondida.",
      failed: "No se envió: no fue posible enviarla por correo electrónico en 24 horas. Se conserva y se avisó al personal para que la envíe de nuevo.",
    },
    handoffReplyEmail: "La mesa de ayuda puede responderle en la dirección que dio.",
    handoffReplyNone: "No dio una dirección de correo electrónico: mencione la referencia si se comunica con la mesa de ayuda.",
    handoffStatusLink: "Página de estado de {reference}",
  },
};

/** The language the widget speaks for a `lang` value: "es-MX" is "es"; one without a table is English. */
export function languageOf(lang) {
  const base = String(lang || "en").trim().toLowerCase().split(/[-_]/)[0];
  return Object.prototype.hasOwnProperty.call(STRINGS, base) ? base : "en";
}

/** The strings for `lang` ("es-MX" falls back to "es", then to English key by key). */
export function stringsFor(lang) {
  return { ...STRINGS.en, ...STRINGS[languageOf(lang)] };
}

/** This site's pages in `lang`: "/faq/3/" is "/es/faq/3/" in Spanish. Other paths
 * (/go/, /api/, /static/) and addresses already in a language are left as they are. */
const PAGE = /^\/(?:$|report(?:\/|$)|faq(?:\/|$)|privacy(?:\/|$)|handoff\/)/;
export function pagePath(path, lang) {
  const raw = String(path || "");
  const language = languageOf(lang);
  if (language === "en" || !PAGE.test(raw)) return raw;
  return "/" + language + raw;
}

/** Fill "{name}" slots; a [one, other] pair is chosen by vars.n. */
export function format(template, vars = {}) {
  const text = Array.isArray(template) ? template[vars.n === 1 ? 0 : 1] : String(template);
  return text.replace(/\{(\w+)\}/g, (slot, name) => {
    const value = vars[name];
    if (value === undefined) return slot;
    return typeof value === "number" ? value.toLocaleString("en-US") : String(value);
  });
}

/* ---- markup ------------------------------------------------------------- */

export function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === false || value === null || value === undefined) continue;
    if (key === "class") node.className = value;
    else if (key === "text") node.textContent = value;
    else node.setAttribute(key, value === true ? "" : String(value));
  }
  for (const child of children) if (child !== null && child !== undefined && child !== false) node.append(child);
  return node;
}

const hidden = (text) => el("span", { class: "sr-only", text });

/** https, http, mailto, tel or a site-relative path (resolved against `base`, a page
 * of the site in `lang`); else null. */
export function safeUrl(url, base, lang = "en") {
  const raw = String(url || "").trim();
  if (!raw || /[\u0000-\u001f\s\\]/.test(raw)) return null;
  if (raw.startsWith("/")) return raw.startsWith("//") ? null : new URL(pagePath(raw, lang), base).href;
  const lower = raw.toLowerCase();
  if (lower.startsWith("mailto:") || lower.startsWith("tel:")) return raw;
  if (!lower.startsWith("https://") && !lower.startsWith("http://")) return null;
  try {
    return new URL(raw).href;
  } catch (e) {
    return null;
  }
}

const isWeb = (href) => /^https?:/i.test(href);

/** A link; one to another origin opens in a new tab and says so to screen readers. */
export function link(text, href, s = STRINGS.en) {
  const a = el("a", { href, rel: "noopener noreferrer", text });
  if (isWeb(href) && new URL(href).origin !== location.origin) {
    a.target = "_blank";
    a.append(hidden(s.newTab));
  }
  return a;
}

/** Only **bold**, [label](url) and bare https URLs become markup; the rest is text. */
function appendInline(parent, text, base, s, lang) {
  const pattern = /\[([^\]\n]{1,300})\]\(([^()\s]{1,2000})\)|\*\*([^\n]+?)\*\*|(https:\/\/[^\s<>()[\]"']+?)(?=[.,;:!?]*(?:\s|$|[<>()[\]"']))/g;
  let last = 0;
  for (const m of text.matchAll(pattern)) {
    parent.append(text.slice(last, m.index));
    last = m.index + m[0].length;
    if (m[1] !== undefined) {
      const href = safeUrl(m[2], base, lang);
      parent.append(href ? link(m[1], href, s) : m[0]);
    } else if (m[3] !== undefined) {
      const strong = el("strong");
      appendInline(strong, m[3], base, s, lang);
      parent.append(strong);
    } else {
      parent.append(link(m[4], m[4], s));
    }
  }
  parent.append(text.slice(last));
}

/** Paragraphs on blank lines, "- " lines as lists, single newlines as <br>; links to
 * this site's pages go to their `lang` version. */
export function renderMarkup(text, base, s = STRINGS.en, lang = "en") {
  const frag = document.createDocumentFragment();
  for (const block of String(text || "").replace(/\r\n?/g, "\n").trim().split(/\n[ \t]*\n/)) {
    let para = null;
    let list = null;
    for (const raw of block.split("\n")) {
      const line = raw.trim();
      if (!line) continue;
      if (/^[-*] /.test(line)) {
        para = null;
        list = list || frag.appendChild(el("ul"));
        appendInline(list.appendChild(el("li")), line.slice(2).trim(), base, s, lang);
      } else {
        list = null;
        if (para) para.append(el("br"));
        else para = frag.appendChild(el("p"));
        appendInline(para, line, base, s, lang);
      }
    }
  }
  return frag;
}

/** Code points, as the server counts them. */
export const length = (text) => Array.from(String(text)).length;

/* ---- storage ------------------------------------------------------------ */

export const storageKey = (api) => "ipr-assistant:v1:" + api;

/** The tab's transcript: {v, conversation, open, items}; fresh when missing or corrupt. */
export function loadState(key) {
  try {
    const state = JSON.parse(sessionStorage.getItem(key) || "null");
    if (state && state.v === 1 && Array.isArray(state.items)) return state;
  } catch (e) {
    /* storage blocked or corrupt: start fresh */
  }
  return freshState(null);
}

export const freshState = (open) => ({ v: 1, conversation: null, open, items: [] });

export function saveState(key, state) {
  try {
    sessionStorage.setItem(key, JSON.stringify(state));
  } catch (e) {
    /* storage full or blocked: the conversation still works, it just won't survive a reload */
  }
}

export function clearState(key) {
  try {
    sessionStorage.removeItem(key);
  } catch (e) {
    /* nothing stored */
  }
}

/* ---- API calls ---------------------------------------------------------- */

const TIMEOUT_MS = 20000;

/** fetch JSON; resolves to {ok, status, data, retryAfter, timeout}. Never throws. */
export async function requestJSON(url, body) {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), TIMEOUT_MS);
  const init = { mode: "cors", credentials: "omit", headers: { Accept: "application/json" }, signal: controller.signal };
  if (body !== undefined) {
    init.method = "POST";
    init.headers["Content-Type"] = "application/json"; // a CORS preflight, so only allowed origins can post
    init.body = JSON.stringify(body);
  }
  try {
    const response = await fetch(url, init);
    let data = {};
    try {
      data = await response.json();
    } catch (e) {
      data = {};
    }
    const header = parseInt(response.headers.get("Retry-After") || "", 10);
    const retryAfter = Number.isFinite(data.retry_after) ? data.retry_after : Number.isFinite(header) ? header : 0;
    return { ok: response.ok, status: response.status, data: data || {}, retryAfter: Math.ceil(retryAfter) };
  } catch (e) {
    return { ok: false, status: 0, data: {}, retryAfter: 0, timeout: Boolean(e && e.name === "AbortError") };
  } finally {
    clearTimeout(timer);
  }
}

const configs = new Map();

/** Starter questions (in `lang`) and limits from the server, once per API origin and
 * language; null if unreachable. */
export function getConfig(api, lang = "en") {
  const key = api + " " + lang;
  if (!configs.has(key)) {
    configs.set(key, requestJSON(`${api}/api/v1/widget/?lang=${encodeURIComponent(lang)}`).then((r) => {
      if (r.ok && Number.isFinite(r.data.max_chars)) return r.data;
      configs.delete(key); // try again next time
      return null;
    }));
  }
  return configs.get(key);
}

/** The `conversation` value is opaque: whatever the last answer gave is sent back unchanged.
 * `language` is the widget's: the server answers a message too short to tell in it. */
export function askQuestion(api, message, conversation, language = "en") {
  const body = { message, language };
  if (conversation) body.conversation = conversation;
  return requestJSON(api + "/api/v1/chat/", body);
}

export const sendFeedback = (api, body) => requestJSON(api + "/api/v1/feedback/", body);

/** `language` tells the help desk which language the visitor used. */
export function sendHandoff(api, { questions, email, conversation, language = "en" }) {
  const body = { questions, confirm: true, language };
  if (conversation) body.conversation = conversation;
  if (email) body.email = email;
  return requestJSON(api + "/api/v1/handoff/", body);
}

export const handoffStatus = (api, reference) =>
  requestJSON(`${api}/api/v1/handoff/${encodeURIComponent(reference)}/`);

/** One sentence the visitor can act on, in the widget's language: the server's own
 * sentence for a 400 only when the widget speaks English (the API writes in English). */
export function errorMessage(result, s = STRINGS.en, maxChars = null, lang = "en") {
  if (result.timeout) return s.errorTimeout;
  if (result.status === 0) return navigator.onLine === false ? s.errorOffline : s.errorUnreachable;
  if (result.status === 429) return format(s.errorRateLimited, { n: result.retryAfter || 60 });
  if (result.status === 413) return maxChars ? format(s.errorTooLong, { max: maxChars }) : s.errorTooLongNoLimit;
  if (result.status >= 500) return s.errorServer;
  if (typeof result.data.error === "string" && result.data.error) {
    return languageOf(lang) === "en" ? result.data.error : s.errorRejected;
  }
  return s.errorGeneric;
}

/** What the transcript keeps of an answer (no more than the page needs to re-render). */
export function pick(a) {
  return {
    chart: chartOf(a.chart),
    answer: String(a.answer || ""),
    kind: a.kind,
    sources: Array.isArray(a.sources) ? a.sources : [],
    links: Array.isArray(a.links) ? a.links : [],
    suggestions: Array.isArray(a.suggestions) ? a.suggestions.map(String) : [],
    answer_id: a.answer_id ? String(a.answer_id) : "",
    offer_handoff: Boolean(a.offer_handoff),
    language: typeof a.language === "string" ? a.language : "",
  };
}

/** An answer's chart as the API gives it ({svg, alt, title, rows}), or null. */
export function chartOf(chart) {
  if (!chart || typeof chart !== "object" || typeof chart.svg !== "string") return null;
  const rows = Array.isArray(chart.rows) ? chart.rows.filter((r) => Array.isArray(r) && r.length >= 2).map((r) => [String(r[0]), String(r[1])]) : [];
  return { svg: chart.svg, alt: String(chart.alt || ""), title: String(chart.title || ""), rows };
}

/* ---- rendering ---------------------------------------------------------- */

// The server draws charts (assistant/answering/wording.py, ops/charts.py); the widget copies
// only these SVG elements and attributes into its page, so a chart can carry no script, link
// or style even if an answer were tampered with on the way.
const SVG_NS = "http://www.w3.org/2000/svg";
const SVG_TAGS = new Set(["svg", "g", "rect", "text", "title", "desc", "line", "path", "tspan"]);
const SVG_ATTRS = new Set([
  "viewBox", "preserveAspectRatio", "width", "height", "x", "y", "x1", "x2", "y1", "y2", "dx", "dy", "d", "rx", "ry",
  "fill", "stroke", "stroke-width", "class", "text-anchor", "role", "aria-labelledby", "aria-hidden", "id", "font-size",
  "font-weight", "dominant-baseline",
]);

let chartsDrawn = 0;

function copySvg(node, prefix) {
  if (node.nodeType === 3) return document.createTextNode(node.nodeValue);
  if (node.nodeType !== 1 || node.namespaceURI !== SVG_NS || !SVG_TAGS.has(node.localName)) return null;
  const out = document.createElementNS(SVG_NS, node.localName);
  for (const attr of Array.from(node.attributes)) {
    if (!SVG_ATTRS.has(attr.name) || /(javascript|data|url)\s*:|url\(/i.test(attr.value)) continue;
    // Ids made unique in this page: two answers drawn by different server processes may share one.
    const value = attr.name === "id" || attr.name === "aria-labelledby"
      ? attr.value.split(/\s+/).filter(Boolean).map((id) => prefix + id).join(" ")
      : attr.value;
    out.setAttribute(attr.name, value);
  }
  for (const child of Array.from(node.childNodes)) {
    const copy = copySvg(child, prefix);
    if (copy) out.append(copy);
  }
  return out;
}

/** The server's SVG as elements of this document, keeping only what a chart needs; null if it is not one. */
export function safeSvg(markup) {
  const doc = new DOMParser().parseFromString(String(markup || ""), "image/svg+xml");
  const root = doc.documentElement;
  if (!root || root.localName !== "svg" || doc.getElementsByTagName("parsererror").length) return null;
  chartsDrawn += 1;
  return copySvg(root, `c${chartsDrawn}-`);
}

/** A chart: the picture (with its own title and text alternative) and the figures as a table. */
export function renderChart(chart, s = STRINGS.en) {
  if (!chart) return null;
  const svg = safeSvg(chart.svg);
  const figure = el("figure", { class: "chart" });
  if (svg) figure.append(svg);
  else if (chart.alt) figure.append(el("p", { class: "chart-alt", text: chart.alt }));
  if (chart.rows.length) {
    const body = chart.rows.map(([label, shown]) => el("tr", {}, el("th", { scope: "row", text: label }), el("td", { text: shown })));
    const table = el("table", {},
      el("caption", { class: "sr-only", text: chart.title }),
      el("thead", {}, el("tr", {}, el("th", { scope: "col", text: s.chartItem }), el("th", { scope: "col", text: s.chartFigure }))),
      el("tbody", {}, ...body));
    figure.append(el("details", { class: "chart-table" }, el("summary", { text: s.chartTable }), table));
  }
  return figure;
}


export function renderQuestion(text, s = STRINGS.en) {
  return el("div", { class: "msg user" }, hidden(s.youAsked), el("p", { class: "text", text }));
}

/** "1-800-232-5378" for "tel:+18002325378" when the server gave no printed number. */
function readableNumber(tel) {
  const digits = tel.replace(/\D/g, "");
  const m = digits.match(/^1?(\d{3})(\d{3})(\d{4})$/);
  return m ? `1-${m[1]}-${m[2]}-${m[3]}` : tel;
}

/** A channel as a card through /go/<channel>/ (counted); shows the address as printed. */
export function channelCard(l, api, s = STRINGS.en) {
  const url = safeUrl(l.url, api);
  const href = l.channel ? `${api}/go/${encodeURIComponent(l.channel)}/` : url;
  if (!href) return null;
  let detail = "";
  if (url && /^mailto:/i.test(url)) detail = format(s.emailDetail, { address: url.slice(7).split("?")[0] });
  else if (url && /^tel:/i.test(url)) detail = format(s.callDetail, { number: l.phone || readableNumber(url.slice(4)) });
  else if (url) detail = new URL(url).host;
  const a = el("a", { class: "link-card", href, rel: "noopener noreferrer" },
    el("span", { class: "link-label", text: String(l.label || detail || s.openLink) }),
    detail ? el("span", { class: "link-detail", text: detail }) : null);
  if (url && isWeb(url)) {
    a.target = "_blank";
    a.append(hidden(s.newTab));
  }
  return el("li", {}, a);
}

/**
 * The links of `links` the answer text does not already show. A channel linked
 * in the text keeps that one link, sent through /go/ so the click is counted.
 */
export function linksNotInText(body, links, api) {
  const inText = new Map();
  for (const a of body.querySelectorAll("a[href]")) inText.set(a.getAttribute("href"), a);
  return links.filter((l) => {
    const url = safeUrl(l.url, api);
    const shown = url && (inText.get(url) || inText.get(url.replace(/\/$/, "")) || inText.get(url + "/"));
    if (!shown) return true;
    if (l.channel) shown.href = `${api}/go/${encodeURIComponent(l.channel)}/`;
    return false;
  });
}

/** A group of buttons that is one Tab stop; arrow keys move between them (ARIA toolbar). */
export function toolbar(labelId, buttons) {
  const bar = el("div", { class: "toolbar", role: "toolbar", "aria-labelledby": labelId }, ...buttons);
  buttons.forEach((b, i) => (b.tabIndex = i === 0 ? 0 : -1));
  bar.addEventListener("keydown", (e) => {
    const at = buttons.indexOf(e.target);
    if (at < 0) return;
    const to = { ArrowRight: at + 1, ArrowDown: at + 1, ArrowLeft: at - 1, ArrowUp: at - 1, Home: 0, End: buttons.length - 1 }[e.key];
    if (to === undefined) return;
    e.preventDefault();
    const next = buttons[(to + buttons.length) % buttons.length];
    buttons.forEach((b) => (b.tabIndex = b === next ? 0 : -1));
    next.focus();
  });
  return bar;
}

/** The small-screen layout (and desktops zoomed to 200%): the panel is a modal dialog. */
export const SMALL_SCREEN = "(max-width: 480px), (max-height: 520px)";

/* ---- the assistant ------------------------------------------------------ */

/**
 * One widget: its shadow DOM, transcript and requests. The element below only
 * creates it and forwards to it.
 */
export class Assistant {
  constructor(host, { api, cssUrl, open }) {
    this.host = host;
    this.api = api;
    // The element's own lang, else the page's: a partner page in Spanish gets a Spanish widget.
    this.lang = languageOf(host.getAttribute("lang") || document.documentElement.lang);
    this.s = stringsFor(this.lang);
    this.key = storageKey(api);
    this.state = loadState(this.key);
    this.config = null;
    this.busy = false;
    this.blockedUntil = 0;
    this.timers = new Set();
    this.small = window.matchMedia(SMALL_SCREEN);
    this.build(cssUrl);
    this.state.items.forEach((item, i) => this.log.append(this.renderItem(item, i)));
    this.state.items.forEach((item) => item.role === "handoff" && this.watchHandoff(item));
    this.showChips(this.lastSuggestions());
    // The panel never opens by itself on a small screen: there it would cover the page.
    const wanted = this.state.open === null ? open : this.state.open;
    this.wantOpen = Boolean(wanted) && !this.small.matches;
    this.loadConfig();
    this.listen();
  }

  build(cssUrl) {
    const s = this.s;
    const root = this.host.shadowRoot || this.host.attachShadow({ mode: "open" });
    const css = el("link", { rel: "stylesheet", href: cssUrl });
    this.box = el("aside", { class: "root", "aria-label": s.landmark, lang: this.lang, hidden: true });
    // Hidden until styled (no flash of unstyled content); then honour the open state.
    let shown = false;
    const reveal = () => {
      if (shown) return;
      shown = true;
      this.box.hidden = false;
      if (this.wantOpen) this.setOpen(true, false);
    };
    css.addEventListener("load", reveal);
    css.addEventListener("error", reveal);
    this.later(reveal, 3000);

    this.launcher = el("button", { class: "launcher", type: "button", "aria-expanded": "false", "aria-controls": "panel" },
      el("span", { class: "launcher-icon", "aria-hidden": "true", text: "?" }), s.launcher);
    this.launcher.addEventListener("click", () => this.setOpen(!this.isOpen(), true));

    this.restart = el("button", { class: "quiet", type: "button", text: s.startOver });
    this.restart.addEventListener("click", () => this.startOver());
    const close = el("button", { class: "close", type: "button", "aria-label": s.close }, el("span", { "aria-hidden": "true", text: "×" }));
    close.addEventListener("click", () => this.setOpen(false, true));

    this.log = el("div", { class: "log", role: "log", "aria-live": "polite", "aria-label": s.conversation });
    this.status = el("div", { class: "status", role: "status" });
    this.alert = el("div", { class: "alert", role: "alert" });
    this.handoff = el("section", { class: "handoff", "aria-labelledby": "handoff-title", hidden: true });
    this.chips = el("div", { class: "chips", role: "group", "aria-label": s.suggestions });

    this.input = el("textarea", { id: "input", rows: "2", "aria-describedby": "counter hint", autocomplete: "off", placeholder: s.placeholder });
    this.counter = el("span", { id: "counter", class: "counter" });
    this.send = el("button", { class: "primary", type: "submit", text: s.send });
    const form = el("form", { class: "composer" },
      el("label", { for: "input", class: "sr-only", text: s.inputLabel }),
      el("div", { class: "composer-row" }, this.input, this.send),
      this.counter);
    form.addEventListener("submit", (e) => {
      e.preventDefault();
      this.ask(this.input.value);
    });
    this.input.addEventListener("input", () => this.updateCounter());
    this.input.addEventListener("keydown", (e) => {
      if (e.key === "Enter" && !e.shiftKey && !e.isComposing) {
        e.preventDefault();
        this.ask(this.input.value);
      }
    });
    const hint = el("p", { id: "hint", class: "hint" }, s.privacyHint, link(s.privacyLink, safeUrl("/privacy/", this.api, this.lang), s));

    // Suggestions come after the question box in the Tab order, so from the box
    // one Shift+Tab reaches the newest answer's own controls.
    this.scroller = el("div", { class: "scroller" }, el("p", { class: "intro", text: s.intro }), this.log, this.status, this.handoff);
    this.panel = el("dialog", { class: "panel", id: "panel", "aria-labelledby": "title" },
      el("div", { class: "head" },
        el("div", { class: "titles" }, el("h2", { id: "title", text: s.title }), el("p", { class: "subtitle", text: s.subtitle })),
        this.restart, close),
      this.scroller, this.alert, form, this.chips, hint);
    this.panel.addEventListener("cancel", (e) => {
      e.preventDefault(); // Escape in the modal: close through setOpen so state and focus follow
      this.setOpen(false, true);
    });
    this.panel.addEventListener("keydown", (e) => {
      if (e.key === "Escape") {
        e.preventDefault();
        e.stopPropagation();
        this.setOpen(false, true);
      }
    });
    this.box.append(this.launcher, this.panel);
    root.append(css, this.box);
    this.updateCounter();
  }

  /** Page-level hooks: links to the element's id open it; [data-ipr-ask] buttons ask. */
  listen() {
    this.onPageClick = (e) => {
      if (!(e.target instanceof Element)) return;
      const anchor = e.target.closest("a[href]");
      if (anchor && this.host.id && anchor.getAttribute("href") === "#" + this.host.id) {
        e.preventDefault();
        this.setOpen(true, true);
        return;
      }
      const button = e.target.closest("[data-ipr-ask]");
      if (button && document.querySelector("ipr-assistant") === this.host) {
        e.preventDefault();
        const question = button.getAttribute("data-ipr-ask") || button.textContent.trim();
        this.setOpen(true, true);
        this.ask(question);
      }
    };
    document.addEventListener("click", this.onPageClick);
    // Rotating a phone or zooming can cross the breakpoint: modal on small screens only.
    this.onResize = () => {
      if (!this.isOpen()) return;
      const focused = this.host.shadowRoot.activeElement;
      this.panel.close();
      this.show();
      if (focused) focused.focus();
    };
    this.small.addEventListener("change", this.onResize);
  }

  disconnect() {
    document.removeEventListener("click", this.onPageClick);
    this.small.removeEventListener("change", this.onResize);
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
  }

  later(fn, ms) {
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      fn();
    }, ms);
    this.timers.add(timer);
  }

  emit(name, detail) {
    this.host.dispatchEvent(new CustomEvent("ipr-assistant:" + name, { bubbles: true, composed: true, detail }));
  }

  save() {
    saveState(this.key, this.state);
  }

  async loadConfig() {
    this.config = await getConfig(this.api, this.lang);
    this.updateCounter();
    if (!this.state.items.length) this.showChips(this.lastSuggestions());
  }

  get maxChars() {
    return this.config ? this.config.max_chars : null;
  }

  /* -- open and close -- */

  isOpen() {
    return this.panel.open;
  }

  show() {
    // Modal on a small screen (the page behind is inert, focus stays inside);
    // beside the page otherwise. The open attribute shows it without moving focus.
    if (this.small.matches) this.panel.showModal();
    else this.panel.setAttribute("open", "");
  }

  setOpen(open, byUser) {
    if (this.box.hidden) {
      this.wantOpen = open; // not styled yet: reveal() opens it
      if (!byUser) return;
      this.box.hidden = false;
    }
    const changed = this.isOpen() !== open;
    if (changed) {
      if (open) this.show();
      else this.panel.close();
    }
    this.launcher.setAttribute("aria-expanded", String(open));
    this.box.classList.toggle("is-open", open);
    if (byUser) {
      this.state.open = open;
      this.save();
      (open ? this.input : this.launcher).focus();
    }
    if (open && changed) requestAnimationFrame(() => this.showNewest());
    if (changed) this.emit(open ? "open" : "close", {});
  }

  /** Scroll so the newest message shows: its end, or its start if it is taller than the view. */
  showNewest() {
    const scroller = this.scroller;
    scroller.scrollTop = scroller.scrollHeight;
    const last = this.log.lastElementChild;
    if (last && last.getBoundingClientRect().top < scroller.getBoundingClientRect().top) this.scrollToStart(last);
  }

  scrollToStart(node) {
    const scroller = this.scroller;
    scroller.scrollTop += node.getBoundingClientRect().top - scroller.getBoundingClientRect().top - 8;
  }

  /* -- the question box -- */

  updateCounter() {
    const s = this.s;
    const n = length(this.input.value);
    const max = this.maxChars;
    const over = max !== null && n > max;
    if (max === null) this.counter.textContent = format(s.counterNoLimit, { n });
    else this.counter.textContent = format(over ? s.counterOver : s.counter, { n, max, over: n - max });
    this.counter.classList.toggle("over", over);
    this.input.setAttribute("aria-invalid", String(over));
    this.send.setAttribute("aria-disabled", String(over || this.busy));
    if (over && !this.wasOver) this.showError(format(s.overLimit, { max }));
    if (!over && this.wasOver) this.showError("");
    this.wasOver = over;
  }

  showError(message, status) {
    this.alert.textContent = message;
    if (message) this.emit("error", { message, status: status || 0 });
  }

  lastSuggestions() {
    const bots = this.state.items.filter((i) => i.role === "bot");
    if (bots.length) return bots[bots.length - 1].answer.suggestions || [];
    return this.config ? this.config.starters : [];
  }

  showChips(questions) {
    this.chips.replaceChildren();
    for (const q of (questions || []).slice(0, 4)) {
      const chip = el("button", { class: "chip", type: "button", text: q });
      chip.addEventListener("click", () => {
        this.input.focus(); // the chip is about to be replaced; keep focus somewhere useful
        this.ask(q);
      });
      this.chips.append(chip);
    }
    this.chips.hidden = !this.chips.childElementCount;
  }

  setBusy(busy) {
    this.busy = busy;
    this.box.classList.toggle("is-busy", busy);
    this.status.replaceChildren();
    if (busy) {
      this.status.append(el("span", { class: "dots", "aria-hidden": "true" }, el("span"), el("span"), el("span")), this.s.typing);
      this.scroller.scrollTop = this.scroller.scrollHeight;
    }
    this.updateCounter();
  }

  /** Ask a question (typed, a chip, or a [data-ipr-ask] button on the page). */
  async ask(raw) {
    const s = this.s;
    const text = String(raw || "").trim();
    if (this.busy) return;
    if (!text) return this.showError(s.emptyQuestion);
    const max = this.maxChars;
    if (max !== null && length(text) > max) return this.showError(format(s.overLimit, { max }));
    const wait = Math.ceil((this.blockedUntil - Date.now()) / 1000);
    if (wait > 0) return this.showError(format(s.waitBeforeAsking, { n: wait }));

    this.showError("");
    const node = renderQuestion(text, s);
    this.log.append(node);
    this.scroller.scrollTop = this.scroller.scrollHeight;
    if (this.input.value.trim() === text) this.input.value = "";
    this.setBusy(true);
    const result = await askQuestion(this.api, text, this.state.conversation, this.lang);
    this.setBusy(false);

    if (!result.ok || typeof result.data.answer !== "string") {
      // Nothing typed is lost: the question goes back into the box.
      node.classList.add("failed");
      node.append(el("span", { class: "note", text: s.notSent }));
      if (!this.input.value) this.input.value = text;
      this.updateCounter();
      if (result.status === 429) this.blockedUntil = Date.now() + (result.retryAfter || 60) * 1000;
      this.showError(errorMessage(result, s, max, this.lang), result.status);
      return;
    }
    const answer = result.data;
    if (typeof answer.conversation === "string" && answer.conversation) this.state.conversation = answer.conversation;
    this.state.items.push({ role: "user", text });
    const bot = { role: "bot", answer: pick(answer), vote: null };
    this.state.items.push(bot);
    this.save();
    const answerNode = this.renderItem(bot, this.state.items.length - 1);
    this.log.append(answerNode);
    this.scrollToStart(answerNode); // read a new answer from its first line
    this.showChips(bot.answer.suggestions);
    this.emit("answer", answer);
  }

  /* -- the transcript -- */

  renderItem(item, index) {
    if (item.role === "user") return renderQuestion(item.text, this.s);
    if (item.role === "handoff") return this.renderHandoff(item);
    return this.renderAnswer(item, index);
  }

  renderAnswer(item, index) {
    const s = this.s;
    const a = item.answer;
    // An answer written in another language than the widget's (an English question in a
    // Spanish widget) says so, so a screen reader reads it with the right voice.
    const other = a.language && languageOf(a.language) !== this.lang ? a.language : false;
    const body = el("div", { class: "text", lang: other });
    body.append(renderMarkup(a.answer, this.api, s, this.lang));
    const node = el("div", { class: "msg bot" + (a.kind === "fallback" ? " fallback" : "") }, hidden(s.assistantAnswered), body);

    const chart = renderChart(chartOf(a.chart), s);
    if (chart) node.append(chart);

    const cards = linksNotInText(body, a.links || [], this.api).map((l) => channelCard(l, this.api, s)).filter(Boolean);
    if (cards.length) node.append(el("ul", { class: "links", "aria-label": s.whereToGo }, ...cards));

    const sources = (a.sources || []).map((source) => {
      const href = safeUrl(source.url, this.api, this.lang);
      return href ? el("li", {}, link(String(source.title || source.url), href, s)) : null;
    }).filter(Boolean);
    if (sources.length) node.append(el("div", { class: "sources" }, el("span", { class: "sources-label", text: s.sources }), el("ul", { role: "list" }, ...sources)));
    if (a.offer_handoff) {
      const offer = el("button", { class: "secondary", type: "button", text: s.handoffOffer });
      offer.addEventListener("click", () => this.openHandoff(index));
      node.append(el("div", { class: "offer" }, offer));
    }
    if (a.answer_id) node.append(this.feedback(item, index));
    return node;
  }

  feedback(item, index) {
    const s = this.s;
    const box = el("div", { class: "feedback" });
    if (item.vote) {
      box.append(el("span", { class: "thanks", text: s.feedbackThanks }));
      if (item.vote === "not_helpful" && !item.commented) box.append(this.commentForm(item, index));
      return box;
    }
    const label = el("span", { class: "feedback-q", id: `feedback-${index}`, text: s.feedbackQuestion });
    const yes = el("button", { class: "vote", type: "button", text: s.helpful });
    const no = el("button", { class: "vote", type: "button", text: s.notHelpful });
    const bar = toolbar(label.id, [yes, no]);
    const vote = async (helpful, button) => {
      if (box.dataset.sending) return;
      box.dataset.sending = "1";
      const result = await sendFeedback(this.api, { answer_id: item.answer.answer_id, helpful });
      delete box.dataset.sending;
      if (!result.ok) return this.showError(errorMessage(result, s, this.maxChars, this.lang), result.status);
      item.vote = helpful ? "helpful" : "not_helpful";
      this.state.items[index] = item;
      this.save();
      const thanks = el("span", { class: "thanks", tabindex: "-1", text: s.feedbackThanks });
      box.replaceChildren(thanks);
      if (!helpful) box.append(this.commentForm(item, index));
      if (this.host.shadowRoot.activeElement === button) thanks.focus(); // the button is gone
      this.emit("feedback", { answer_id: item.answer.answer_id, helpful });
    };
    yes.addEventListener("click", () => vote(true, yes));
    no.addEventListener("click", () => vote(false, no));
    box.append(label, bar);
    return box;
  }

  /** After "Not helpful": an optional comment, added to the rating already recorded. */
  commentForm(item, index) {
    const s = this.s;
    const id = `ipr-comment-${index}`;
    const form = el("form", { class: "comment" });
    const input = el("textarea", { id, rows: 2, maxlength: this.maxChars || false, "aria-describedby": `${id}-hint` });
    form.append(
      el("label", { for: id, text: s.commentLabel }),
      input,
      el("span", { id: `${id}-hint`, class: "hint", text: s.commentHint }),
      el("button", { type: "submit", class: "vote", text: s.sendComment }));
    form.addEventListener("submit", async (event) => {
      event.preventDefault();
      const comment = input.value.trim();
      if (!comment || form.dataset.sending) return input.focus();
      form.dataset.sending = "1";
      const answerId = item.answer.answer_id;
      const result = await sendFeedback(this.api, { answer_id: answerId, helpful: false, comment });
      delete form.dataset.sending;
      if (!result.ok) return this.showError(errorMessage(result, s, this.maxChars, this.lang), result.status);
      item.commented = true;
      this.state.items[index] = item;
      this.save();
      const done = el("span", { class: "thanks", tabindex: "-1", text: s.commentThanks });
      form.replaceWith(done);
      done.focus();
      this.emit("feedback", { answer_id: answerId, helpful: false, comment: true });
    });
    return form;
  }

  /* -- the hand-off -- */

  /** The visitor's questions so far, with the one answered at `answerIndex` ticked. */
  handoffChoices(answerIndex) {
    const choices = [];
    this.state.items.forEach((item, i) => {
      if (item.role === "user") choices.push({ text: item.text, ticked: i === answerIndex - 1 });
    });
    if (choices.length && !choices.some((c) => c.ticked)) choices[choices.length - 1].ticked = true;
    return choices;
  }

  openHandoff(answerIndex) {
    const s = this.s;
    const choices = this.handoffChoices(answerIndex);
    const title = el("h3", { id: "handoff-title", tabindex: "-1", text: s.handoffTitle });
    const boxes = choices.map((c, i) => el("input", { type: "checkbox", id: `handoff-q-${i}`, checked: c.ticked }));
    const picks = el("fieldset", { class: "handoff-pick" }, el("legend", { text: s.handoffPick }),
      ...choices.map((c, i) => el("div", { class: "check" }, boxes[i], el("label", { for: `handoff-q-${i}`, text: c.text }))));
    const email = el("input", { id: "handoff-email", type: "email", autocomplete: "email", "aria-describedby": "handoff-email-hint" });
    const preview = el("div", { class: "handoff-preview", id: "handoff-preview" });
    const sendButton = el("button", { class: "primary", type: "button", text: s.handoffSend });
    const cancel = el("button", { class: "secondary", type: "button", text: s.cancel });
    const ticked = () => choices.filter((c, i) => boxes[i].checked).map((c) => c.text);
    const showPreview = () => {
      const questions = ticked();
      const address = email.value.trim();
      preview.replaceChildren(el("p", { class: "handoff-what", text: s.handoffPreviewTitle }),
        questions.length
          ? el("ol", { class: "handoff-questions" }, ...questions.map((q) => el("li", { text: q })))
          : el("p", { class: "handoff-none", text: s.handoffPreviewNothing }),
        el("p", { class: "handoff-reply", text: address ? format(s.handoffPreviewEmail, { email: address }) : s.handoffPreviewNoEmail }),
        el("p", { class: "handoff-language", text: s.handoffPreviewLanguage }));
    };
    boxes.forEach((b) => b.addEventListener("change", showPreview));
    email.addEventListener("input", showPreview);
    showPreview();
    this.handoff.replaceChildren(title,
      el("p", {}, s.handoffIntroBefore, el("strong", { text: s.handoffIntroNot }), s.handoffIntroAfter,
        link(s.eAllegations, this.api + "/go/e-allegations/", s), "."),
      picks,
      el("label", { for: "handoff-email", class: "field-label", text: s.handoffEmailLabel }), email,
      el("p", { id: "handoff-email-hint", class: "hint", text: s.handoffEmailHint }),
      preview,
      el("div", { class: "row" }, sendButton, cancel));
    this.handoff.hidden = false;
    cancel.addEventListener("click", () => this.closeHandoff(true));
    sendButton.addEventListener("click", () => this.submitHandoff(ticked(), email, sendButton));
    title.focus();
  }

  closeHandoff(refocus) {
    this.handoff.hidden = true;
    this.handoff.replaceChildren();
    if (refocus) this.input.focus();
  }

  async submitHandoff(questions, email, button) {
    const s = this.s;
    if (button.getAttribute("aria-disabled") === "true") return;
    const limits = this.config && this.config.handoff;
    if (!questions.length) return this.showError(s.handoffPickOne);
    if (limits && questions.length > limits.max_questions) return this.showError(format(s.handoffTooMany, { max: limits.max_questions }));
    if (limits && questions.reduce((n, q) => n + length(q), 0) > limits.max_total_chars) {
      return this.showError(format(s.handoffTooLong, { max: limits.max_total_chars }));
    }
    const address = email.value.trim();
    if (address && !email.checkValidity()) {
      email.setAttribute("aria-invalid", "true");
      return this.showError(s.handoffBadEmail);
    }
    email.removeAttribute("aria-invalid");
    button.setAttribute("aria-disabled", "true");
    const result = await sendHandoff(this.api, { questions, email: address, conversation: this.state.conversation, language: this.lang });
    button.setAttribute("aria-disabled", "false");
    if (!result.ok) {
      if (result.data.field === "email") {
        email.setAttribute("aria-invalid", "true");
        if (this.lang !== "en") return this.showError(s.handoffBadEmail, result.status);
      }
      return this.showError(errorMessage(result, s, this.maxChars, this.lang), result.status);
    }
    this.showError("");
    this.closeHandoff(false);
    const item = { role: "handoff", reference: String(result.data.reference || ""), status: String(result.data.status || "queued"), email: Boolean(address), statusUrl: String(result.data.status_url || "") };
    this.state.items.push(item);
    this.save();
    const node = this.renderHandoff(item);
    this.log.append(node);
    node.focus(); // the form that had focus is gone
    this.watchHandoff(item);
    this.emit("handoff", { reference: item.reference, status: item.status });
  }

  /** "Queued, reference ..." until the server says the email has gone. */
  renderHandoff(item) {
    const s = this.s;
    const status = s.handoffStatus[item.status] ? item.status : "queued";
    const heading = format(s.handoffHeading[status], { reference: "\u0000" }).split("\u0000");
    const href = safeUrl(item.statusUrl || `/handoff/${encodeURIComponent(item.reference)}/`, this.api, this.lang);
    const node = el("div", { class: `msg handoff-note status-${status}`, tabindex: "-1", "data-reference": item.reference },
      el("p", { class: "handoff-heading" }, heading[0], el("strong", { class: "reference", text: item.reference }), heading[1] || ""),
      el("p", { class: "handoff-state", text: s.handoffStatus[status] }),
      el("p", { text: item.email ? s.handoffReplyEmail : s.handoffReplyNone }),
      href ? el("p", {}, link(format(s.handoffStatusLink, { reference: item.reference }), href, s)) : null);
    return node;
  }

  /** Poll the status (2 s, then backing off to a minute) until it is final or the tab is closed. */
  watchHandoff(item, delay = 2000) {
    if (!["queued", "retrying"].includes(item.status) || !item.reference) return;
    this.later(async () => {
      const result = await handoffStatus(this.api, item.reference);
      if (result.ok && typeof result.data.status === "string" && result.data.status !== item.status) {
        item.status = result.data.status;
        this.save();
        const fresh = this.renderHandoff(item);
        const old = this.log.querySelector(`[data-reference="${CSS.escape(item.reference)}"]`);
        if (old) old.replaceWith(fresh);
        this.emit("handoff", { reference: item.reference, status: item.status });
      }
      if (result.status !== 404) this.watchHandoff(item, Math.min(delay * 2, 60000));
    }, delay);
  }

  startOver() {
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
    clearState(this.key);
    this.state = freshState(true);
    this.save();
    this.log.replaceChildren();
    this.closeHandoff(false);
    this.showError("");
    this.showChips(this.lastSuggestions());
    this.status.textContent = this.s.cleared;
    this.input.focus();
  }
}

/* ---- the element -------------------------------------------------------- */

const MODULE_URL = new URL(import.meta.url);

/**
 * <ipr-assistant>: a launcher and a panel. Attributes: api="https://HOST" (default:
 * where this module came from), open (start open on a large screen), lang (default:
 * the page's <html lang>; "es" for Spanish, English when there is no such table).
 */
export class IprAssistantElement extends HTMLElement {
  connectedCallback() {
    if (this.assistant) return;
    const api = (this.getAttribute("api") || MODULE_URL.origin).replace(/\/+$/, "");
    this.assistant = new Assistant(this, { api, cssUrl: new URL("widget.css", MODULE_URL).href, open: this.hasAttribute("open") });
  }

  disconnectedCallback() {
    if (this.assistant) this.assistant.disconnect();
    this.assistant = null;
    if (this.shadowRoot) this.shadowRoot.replaceChildren();
  }

  show() {
    this.assistant.setOpen(true, true);
  }

  hide() {
    this.assistant.setOpen(false, true);
  }

  ask(question) {
    this.assistant.setOpen(true, true);
    return this.assistant.ask(question);
  }
}

/** Define the element (once; importing the module does this). */
export function define(name = "ipr-assistant") {
  if (window.customElements && !customElements.get(name)) customElements.define(name, IprAssistantElement);
}

/** Add an <ipr-assistant> at the end of <body> if the page has none: only when the embedding asks. */
export function mount(attributes = {}) {
  define();
  const existing = document.querySelector("ipr-assistant");
  if (existing) return existing;
  const node = document.createElement("ipr-assistant");
  for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, value === true ? "" : String(value));
  document.body.append(node);
  return node;
}

define();
