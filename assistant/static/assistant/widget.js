/*
 * IPR assistant widget: <ipr-assistant>, a dependency-free custom element.
 *
 *   <script src="https://HOST/static/assistant/widget.js" defer></script>
 *   optional: data-api="https://HOST" on the script, or api="..." on the element;
 *   <ipr-assistant open></ipr-assistant> starts with the panel open.
 *
 * Everything lives in a Shadow DOM (styles scoped both ways) and is built with
 * createElement/textContent: server text never goes through innerHTML. Results are
 * CustomEvents on the element: ipr-assistant:answer, :error, :feedback, :handoff,
 * :open, :close. See docs/widget.md.
 */
(() => {
  "use strict";
  if (!window.customElements || customElements.get("ipr-assistant")) return;

  const script = document.currentScript || document.querySelector('script[src*="/assistant/widget.js"]');
  const scriptUrl = new URL(script && script.src ? script.src : location.href, location.href);
  const SCRIPT_API = (script && script.dataset.api) || scriptUrl.origin;
  const CSS_URL = new URL("widget.css", scriptUrl).href;
  const MAX = 1000;
  const TIMEOUT_MS = 20000;
  const STARTERS = [
    "How do I report a counterfeit seller?",
    "How can I tell if a product is fake?",
    "How do I record my trademark with CBP?",
    "How many seizures did CBP make in FY 2021?",
  ];
  const fmt = (n) => n.toLocaleString("en-US");

  /* ---- building blocks ------------------------------------------------- */

  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(attrs || {})) {
      if (value === false || value === null || value === undefined) continue;
      if (key === "class") node.className = value;
      else if (key === "text") node.textContent = value;
      else node.setAttribute(key, value === true ? "" : String(value));
    }
    for (const child of children) if (child) node.append(child);
    return node;
  }

  const hidden = (text) => el("span", { class: "sr-only", text });

  /** https, http, mailto, tel or a site-relative path, resolved against the API's origin. */
  function safeUrl(url, base) {
    const raw = String(url || "").trim();
    if (!raw || /[\u0000-\u001f\s\\]/.test(raw)) return null;
    if (raw.startsWith("/")) return raw.startsWith("//") ? null : new URL(raw, base).href;
    const lower = raw.toLowerCase();
    if (lower.startsWith("mailto:") || lower.startsWith("tel:")) return raw;
    if (!lower.startsWith("https://") && !lower.startsWith("http://")) return null;
    try {
      return new URL(raw).href;
    } catch (e) {
      return null;
    }
  }

  function link(text, href) {
    const a = el("a", { href, rel: "noopener noreferrer", text });
    if (/^https?:/i.test(href) && new URL(href).origin !== location.origin) {
      a.target = "_blank";
      a.append(hidden(" (opens in a new tab)"));
    }
    return a;
  }

  /** Only **bold**, [label](url), bare https URLs become markup; the rest is text. */
  function appendInline(parent, text, base) {
    const pattern = /\[([^\]\n]{1,300})\]\(([^()\s]{1,2000})\)|\*\*([^\n]+?)\*\*|(https:\/\/[^\s<>()[\]"']+?)(?=[.,;:!?]*(?:\s|$|[<>()[\]"']))/g;
    let last = 0;
    for (const m of text.matchAll(pattern)) {
      parent.append(text.slice(last, m.index));
      last = m.index + m[0].length;
      if (m[1] !== undefined) {
        const href = safeUrl(m[2], base);
        parent.append(href ? link(m[1], href) : m[0]);
      } else if (m[3] !== undefined) {
        const strong = el("strong");
        appendInline(strong, m[3], base);
        parent.append(strong);
      } else {
        parent.append(link(m[4], m[4]));
      }
    }
    parent.append(text.slice(last));
  }

  /** Paragraphs on blank lines, "- " lines as lists, single newlines as <br>. */
  function renderMarkup(text, base) {
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
          appendInline(list.appendChild(el("li")), line.slice(2).trim(), base);
        } else {
          list = null;
          if (para) para.append(el("br"));
          else para = frag.appendChild(el("p"));
          appendInline(para, line, base);
        }
      }
    }
    return frag;
  }

  const length = (text) => Array.from(text).length; // code points, like the server

  /** POST JSON; resolves to {ok, status, data, retryAfter, network}. Never throws. */
  async function postJSON(url, body) {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), TIMEOUT_MS);
    try {
      const response = await fetch(url, {
        method: "POST",
        mode: "cors",
        credentials: "omit",
        headers: { "Content-Type": "application/json", Accept: "application/json" },
        body: JSON.stringify(body),
        signal: controller.signal,
      });
      let data = {};
      try {
        data = await response.json();
      } catch (e) {
        data = {};
      }
      const header = parseInt(response.headers.get("Retry-After") || "", 10);
      const retryAfter = Number.isFinite(data.retry_after) ? data.retry_after : Number.isFinite(header) ? header : 0;
      return { ok: response.ok, status: response.status, data, retryAfter: Math.ceil(retryAfter) };
    } catch (e) {
      return { ok: false, status: 0, data: {}, retryAfter: 0, timeout: e && e.name === "AbortError" };
    } finally {
      clearTimeout(timer);
    }
  }

  /** One sentence the visitor can act on. */
  function errorMessage(result) {
    if (result.timeout) return "The assistant took too long to answer. Please try again.";
    if (result.status === 0) return "The assistant can't be reached right now. Check your internet connection and try again.";
    if (result.status === 429) {
      const wait = result.retryAfter || 60;
      return `Too many requests in a short time. Please wait ${fmt(wait)} second${wait === 1 ? "" : "s"} and try again.`;
    }
    if (result.status === 413) return `Your message is too long. Please keep it under ${fmt(MAX)} characters.`;
    if (result.status >= 500) return "The assistant is not working right now. Please try again in a few minutes.";
    if (typeof result.data.error === "string" && result.data.error) return result.data.error;
    return "Something went wrong sending your message. Please try again.";
  }

  function loadState(key) {
    try {
      const state = JSON.parse(sessionStorage.getItem(key) || "null");
      if (state && state.v === 1 && Array.isArray(state.items)) return state;
    } catch (e) {
      /* storage blocked or corrupt: start fresh */
    }
    return { v: 1, conversation: null, open: null, items: [] };
  }

  function saveState(key, state) {
    try {
      sessionStorage.setItem(key, JSON.stringify(state));
    } catch (e) {
      /* storage full or blocked: the conversation still works, it just won't survive a reload */
    }
  }

  /* ---- the element ------------------------------------------------------ */

  class IprAssistant extends HTMLElement {
    connectedCallback() {
      if (this.shadowRoot) return;
      this.api = (this.getAttribute("api") || SCRIPT_API).replace(/\/+$/, "");
      this.key = "ipr-assistant:v1:" + this.api;
      this.state = loadState(this.key);
      this.busy = false;
      this.blockedUntil = 0;
      this.build();
      this.restoring = true;
      this.state.items.forEach((item, i) => this.renderItem(item, i));
      this.restoring = false;
      this.showChips(this.lastSuggestions());
      const open = this.state.open === null ? this.hasAttribute("open") : this.state.open;
      this.setOpen(open, false);
    }

    build() {
      const root = this.attachShadow({ mode: "open" });
      const css = el("link", { rel: "stylesheet", href: CSS_URL });
      this.box = el("aside", { class: "root", "aria-label": "IPR assistant", hidden: true });
      const reveal = () => (this.box.hidden = false);
      css.addEventListener("load", reveal);
      css.addEventListener("error", reveal);
      setTimeout(reveal, 3000);

      this.launcher = el("button", { class: "launcher", type: "button", "aria-expanded": "false", "aria-controls": "panel" },
        el("span", { class: "launcher-icon", "aria-hidden": "true", text: "?" }), "Ask about IPR");
      this.launcher.addEventListener("click", () => this.setOpen(this.panel.hidden, true));

      this.restart = el("button", { class: "quiet", type: "button", text: "Start over" });
      this.restart.addEventListener("click", () => this.startOver());
      const close = el("button", { class: "close", type: "button", "aria-label": "Close assistant" }, el("span", { "aria-hidden": "true", text: "×" }));
      close.addEventListener("click", () => this.setOpen(false, true));

      this.log = el("div", { class: "log", role: "log", "aria-live": "polite", "aria-label": "Conversation", tabindex: "0" });
      this.status = el("div", { class: "status", role: "status" });
      this.alert = el("div", { class: "alert", role: "alert" });
      this.chips = el("div", { class: "chips", role: "group", "aria-label": "Suggested questions" });
      this.handoff = el("section", { class: "handoff", "aria-labelledby": "handoff-title", hidden: true });

      this.input = el("textarea", { id: "input", rows: "2", "aria-describedby": "counter hint", autocomplete: "off", placeholder: "Type your question" });
      this.counter = el("span", { id: "counter", class: "counter" });
      this.send = el("button", { class: "primary", type: "submit", text: "Send" });
      const form = el("form", { class: "composer" },
        el("label", { for: "input", class: "sr-only", text: "Your question" }),
        this.input,
        el("div", { class: "composer-row" }, this.counter, this.send));
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
      const hint = el("p", { id: "hint", class: "hint" }, "Please don't include personal details. ",
        link("How your questions are used", this.api + "/privacy/"));

      this.panel = el("div", { class: "panel", id: "panel", role: "dialog", "aria-modal": "false", "aria-labelledby": "title", hidden: true },
        el("div", { class: "head" },
          el("div", { class: "titles" }, el("h2", { id: "title", text: "IPR assistant" }),
            el("p", { class: "subtitle", text: "Answers from CBP's FY 2021 IPR seizure statistics and common questions" })),
          this.restart, close),
        el("div", { class: "scroller" },
          el("p", { class: "intro", text: "Ask about counterfeit goods, recording your trademark or copyright with CBP, reporting a seller, or the FY 2021 seizure figures." }),
          this.log, this.status, this.alert, this.chips, this.handoff),
        form, hint);
      this.panel.addEventListener("keydown", (e) => {
        if (e.key === "Escape") {
          e.stopPropagation();
          this.setOpen(false, true);
        }
      });
      this.box.append(this.launcher, this.panel);
      root.append(css, this.box);
      this.updateCounter();
    }

    emit(name, detail) {
      this.dispatchEvent(new CustomEvent("ipr-assistant:" + name, { bubbles: true, composed: true, detail }));
    }

    save() {
      saveState(this.key, this.state);
    }

    setOpen(open, byUser) {
      const changed = this.panel.hidden === open;
      this.panel.hidden = !open;
      this.launcher.setAttribute("aria-expanded", String(open));
      this.box.classList.toggle("is-open", open);
      if (byUser) {
        this.state.open = open;
        this.save();
        (open ? this.input : this.launcher).focus();
      }
      if (open && changed) this.scrollToEnd();
      if (changed) this.emit(open ? "open" : "close", {});
    }

    updateCounter() {
      const n = length(this.input.value);
      const over = n > MAX;
      this.counter.textContent = over ? `${fmt(n)} / ${fmt(MAX)} characters: ${fmt(n - MAX)} too many` : `${fmt(n)} / ${fmt(MAX)} characters`;
      this.counter.classList.toggle("over", over);
      this.input.setAttribute("aria-invalid", String(over));
      this.send.setAttribute("aria-disabled", String(over || this.busy));
      if (over && !this.wasOver) this.showError(`Your question is over the ${fmt(MAX)}-character limit. Please shorten it.`);
      if (!over && this.wasOver) this.showError("");
      this.wasOver = over;
    }

    showError(message, status) {
      this.alert.textContent = message;
      if (message) this.emit("error", { message, status: status || 0 });
    }

    scrollToEnd() {
      const scroller = this.log.parentElement;
      scroller.scrollTop = scroller.scrollHeight;
    }

    lastSuggestions() {
      const bots = this.state.items.filter((i) => i.role === "bot");
      return bots.length ? bots[bots.length - 1].answer.suggestions || [] : STARTERS;
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

    async ask(raw) {
      const text = raw.trim();
      if (this.busy) return;
      if (!text) return this.showError("Please type a question first.");
      if (length(text) > MAX) return this.showError(`Your question is over the ${fmt(MAX)}-character limit. Please shorten it.`);
      const wait = Math.ceil((this.blockedUntil - Date.now()) / 1000);
      if (wait > 0) return this.showError(`Please wait ${fmt(wait)} second${wait === 1 ? "" : "s"} before asking again.`);

      this.showError("");
      const item = { role: "user", text };
      this.state.items.push(item);
      const node = this.renderItem(item, this.state.items.length - 1);
      this.input.value = "";
      this.setBusy(true);
      const body = { message: text };
      if (this.state.conversation) body.conversation = this.state.conversation;
      const result = await postJSON(this.api + "/api/v1/chat/", body);
      this.setBusy(false);

      if (!result.ok || typeof result.data.answer !== "string") {
        // Nothing typed is lost: the question goes back into the box.
        this.state.items.pop();
        node.classList.add("failed");
        node.append(el("span", { class: "note", text: "Not sent" }));
        if (!this.input.value) this.input.value = text;
        this.updateCounter();
        if (result.status === 429) this.blockedUntil = Date.now() + (result.retryAfter || 60) * 1000;
        this.showError(errorMessage(result), result.status);
        return;
      }
      const answer = result.data;
      this.state.conversation = answer.conversation || this.state.conversation;
      const bot = { role: "bot", answer: pick(answer), vote: null };
      this.state.items.push(bot);
      this.save();
      this.renderItem(bot, this.state.items.length - 1);
      this.showChips(answer.suggestions || []);
      this.emit("answer", answer);
    }

    setBusy(busy) {
      this.busy = busy;
      this.box.classList.toggle("is-busy", busy);
      this.status.replaceChildren();
      if (busy) {
        this.status.append(el("span", { class: "dots", "aria-hidden": "true" }, el("span"), el("span"), el("span")),
          " The assistant is typing…");
        this.scrollToEnd();
      }
      this.updateCounter();
    }

    renderItem(item, index) {
      const node = item.role === "user" ? this.renderQuestion(item) : this.renderAnswer(item, index);
      this.log.append(node);
      if (item.role === "user" || this.restoring) this.scrollToEnd();
      else this.scrollToStart(node); // read a new answer from its first line
      return node;
    }

    scrollToStart(node) {
      const scroller = this.log.parentElement;
      scroller.scrollTop += node.getBoundingClientRect().top - scroller.getBoundingClientRect().top - 8;
    }

    renderQuestion(item) {
      const p = el("p", { class: "text" });
      p.textContent = item.text;
      return el("div", { class: "msg user" }, hidden("You asked: "), p);
    }

    renderAnswer(item, index) {
      const a = item.answer;
      const body = el("div", { class: "text" });
      body.append(renderMarkup(a.answer, this.api));
      const node = el("div", { class: "msg bot" + (a.kind === "fallback" ? " fallback" : "") }, hidden("The assistant answered: "), body);

      const links = (a.links || []).map((l) => this.channelLink(l)).filter(Boolean);
      if (links.length) node.append(el("ul", { class: "links", "aria-label": "Where to go" }, ...links));

      const sources = (a.sources || []).map((s) => {
        const href = safeUrl(s.url, this.api);
        return href ? el("li", {}, link(String(s.title || s.url), href)) : null;
      }).filter(Boolean);
      if (sources.length) {
        node.append(el("div", { class: "sources" }, el("span", { class: "sources-label", text: "Sources:" }), el("ul", {}, ...sources)));
      }
      if (a.offer_handoff) {
        const offer = el("button", { class: "secondary", type: "button", text: "Send my question to the IPR help desk" });
        offer.addEventListener("click", () => this.openHandoff());
        node.append(el("div", { class: "offer" }, offer));
      }
      if (a.answer_id) node.append(this.feedback(item, index));
      return node;
    }

    channelLink(l) {
      const url = safeUrl(l.url, this.api);
      const href = l.channel ? `${this.api}/go/${encodeURIComponent(l.channel)}/` : url;
      if (!href) return null;
      let detail = "";
      if (url && /^mailto:/i.test(url)) detail = "Email " + url.slice(7).split("?")[0];
      else if (url && /^tel:/i.test(url)) detail = "Call " + url.slice(4);
      else if (url) detail = new URL(url).host;
      const a = el("a", { class: "link-card", href, rel: "noopener noreferrer" },
        el("span", { class: "link-label", text: String(l.label || detail || "Open") }),
        detail ? el("span", { class: "link-detail", text: detail }) : null);
      if (url && /^https?:/i.test(url)) {
        a.target = "_blank";
        a.append(hidden(" (opens in a new tab)"));
      }
      return el("li", {}, a);
    }

    feedback(item, index) {
      const box = el("div", { class: "feedback", role: "group", "aria-label": "Was this answer helpful?" });
      if (item.vote) {
        box.append(el("span", { class: "thanks", text: "Thanks, your feedback was recorded." }));
        if (item.vote === "not_helpful" && !item.commented) box.append(this.commentForm(item, index));
        return box;
      }
      const question = el("span", { class: "feedback-q", text: "Was this helpful?" });
      const yes = el("button", { class: "vote", type: "button", text: "Helpful" });
      const no = el("button", { class: "vote", type: "button", text: "Not helpful" });
      const vote = async (helpful, button) => {
        if (box.dataset.sending) return;
        box.dataset.sending = "1";
        const result = await postJSON(this.api + "/api/v1/feedback/", { answer_id: item.answer.answer_id, helpful });
        delete box.dataset.sending;
        if (!result.ok) return this.showError(errorMessage(result), result.status);
        item.vote = helpful ? "helpful" : "not_helpful";
        this.state.items[index] = item;
        this.save();
        const thanks = el("span", { class: "thanks", tabindex: "-1", text: "Thanks, your feedback was recorded." });
        box.replaceChildren(thanks);
        if (!helpful) box.append(this.commentForm(item, index));
        if (this.shadowRoot.activeElement === button) thanks.focus(); // the button is gone
        this.emit("feedback", { answer_id: item.answer.answer_id, helpful });
      };
      yes.addEventListener("click", () => vote(true, yes));
      no.addEventListener("click", () => vote(false, no));
      box.append(question, yes, no);
      return box;
    }

    /** After "Not helpful": an optional comment, added to the rating already recorded. */
    commentForm(item, index) {
      const id = `ipr-comment-${index}`;
      const form = el("form", { class: "comment" });
      const input = el("textarea", { id, rows: 2, maxlength: MAX, "aria-describedby": `${id}-hint` });
      form.append(
        el("label", { for: id, text: "What were you looking for? (optional)" }),
        input,
        el("span", { id: `${id}-hint`, class: "hint", text: "Please don't include personal details." }),
        el("button", { type: "submit", class: "vote", text: "Send comment" }));
      form.addEventListener("submit", async (event) => {
        event.preventDefault();
        const comment = input.value.trim();
        if (!comment || form.dataset.sending) return input.focus();
        form.dataset.sending = "1";
        const answerId = item.answer.answer_id;
        const result = await postJSON(this.api + "/api/v1/feedback/", { answer_id: answerId, helpful: false, comment });
        delete form.dataset.sending;
        if (!result.ok) return this.showError(errorMessage(result), result.status);
        item.commented = true;
        this.state.items[index] = item;
        this.save();
        const done = el("span", { class: "thanks", tabindex: "-1", text: "Thanks, your comment was sent." });
        form.replaceWith(done);
        done.focus();
        this.emit("feedback", { answer_id: answerId, helpful: false, comment: true });
      });
      return form;
    }

    /** The latest questions that fit the hand-off limits (10 questions, 5,000 characters). */
    questions() {
      const picked = [];
      let total = 0;
      for (const item of this.state.items.slice().reverse()) {
        if (item.role !== "user") continue;
        total += length(item.text);
        if (picked.length === 10 || total > 5000) break;
        picked.unshift(item.text);
      }
      return picked;
    }

    openHandoff() {
      const questions = this.questions();
      const title = el("h3", { id: "handoff-title", tabindex: "-1", text: "Send your questions to the IPR help desk" });
      const email = el("input", { id: "handoff-email", type: "email", autocomplete: "email", "aria-describedby": "handoff-email-hint" });
      const sendBtn = el("button", { class: "primary", type: "button", text: "Send to the help desk" });
      const cancel = el("button", { class: "secondary", type: "button", text: "Cancel" });
      const list = el("ol", { class: "handoff-questions" }, ...questions.map((q) => el("li", { text: q })));
      this.handoff.replaceChildren(title,
        el("p", {}, "A person at CBP's IPR help desk will read them. This is ", el("strong", { text: "not" }),
          " a way to file an allegation; to report suspected counterfeit goods use ", link("e-Allegations", this.api + "/go/e-allegations/"), "."),
        el("p", { class: "handoff-what", text: "Exactly this will be sent:" }), list,
        el("label", { for: "handoff-email", text: "Your email address, if you want a reply (optional)" }), email,
        el("p", { id: "handoff-email-hint", class: "hint", text: "Used only to reply to you, and deleted with the request." }),
        el("div", { class: "row" }, sendBtn, cancel));
      this.handoff.hidden = false;
      cancel.addEventListener("click", () => this.closeHandoff());
      sendBtn.addEventListener("click", () => this.sendHandoff(questions, email, sendBtn));
      title.focus();
    }

    closeHandoff() {
      this.handoff.hidden = true;
      this.handoff.replaceChildren();
      this.input.focus();
    }

    async sendHandoff(questions, email, button) {
      if (button.getAttribute("aria-disabled") === "true") return;
      const address = email.value.trim();
      if (address && !email.checkValidity()) {
        email.setAttribute("aria-invalid", "true");
        return this.showError("Please check the email address, or leave it empty.");
      }
      button.setAttribute("aria-disabled", "true");
      const body = { questions, confirm: true };
      if (this.state.conversation) body.conversation = this.state.conversation;
      if (address) body.email = address;
      const result = await postJSON(this.api + "/api/v1/handoff/", body);
      button.setAttribute("aria-disabled", "false");
      if (!result.ok) {
        if (result.data.field === "email") email.setAttribute("aria-invalid", "true");
        return this.showError(errorMessage(result), result.status);
      }
      this.showError("");
      const done = el("h3", { id: "handoff-title", tabindex: "-1", text: "Sent to the IPR help desk" });
      const ref = el("p", {}, "Your reference number is ", el("strong", { class: "reference", text: String(result.data.reference || "") }), ".");
      const message = el("div", { class: "handoff-message" });
      message.append(renderMarkup(result.data.message || "", this.api));
      const close = el("button", { class: "secondary", type: "button", text: "Close" });
      close.addEventListener("click", () => this.closeHandoff());
      this.handoff.replaceChildren(done, ref, message,
        el("p", {}, "This is not an allegation. To report suspected counterfeit or pirated goods, use ",
          link("e-Allegations", this.api + "/go/e-allegations/"), "."), close);
      done.focus();
      this.emit("handoff", { reference: result.data.reference, status: result.data.status });
    }

    startOver() {
      this.state = { v: 1, conversation: null, open: true, items: [] };
      try {
        sessionStorage.removeItem(this.key);
      } catch (e) {
        /* nothing stored */
      }
      this.save();
      this.log.replaceChildren();
      this.handoff.hidden = true;
      this.handoff.replaceChildren();
      this.showError("");
      this.showChips(STARTERS);
      this.status.textContent = "Conversation cleared.";
      this.input.focus();
    }
  }

  /** What the transcript keeps of an answer (no more than the page needs to re-render). */
  function pick(a) {
    return {
      answer: String(a.answer || ""),
      kind: a.kind,
      sources: Array.isArray(a.sources) ? a.sources : [],
      links: Array.isArray(a.links) ? a.links : [],
      suggestions: Array.isArray(a.suggestions) ? a.suggestions.map(String) : [],
      answer_id: a.answer_id ? String(a.answer_id) : "",
      offer_handoff: Boolean(a.offer_handoff),
    };
  }

  customElements.define("ipr-assistant", IprAssistant);
  const mount = () => {
    if (!document.querySelector("ipr-assistant")) document.body.append(document.createElement("ipr-assistant"));
  };
  if (document.body) mount();
  else document.addEventListener("DOMContentLoaded", mount);
})();
