"""What the assistant knows: the report, its sections and tables, FAQs and contacts.

Rows that the loaders create carry `origin_hash`: the hash of the fields as last
loaded. When a row's current fields no longer hash to it, a staff member edited
the row and loaders leave it alone (see content/services.py).
"""
import hashlib
import json

from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from simple_history.models import HistoricalRecords

from content.sources import is_source_url


class Audience(models.TextChoices):
    CONSUMER = "consumer", "Consumers"
    BUSINESS = "business", "Businesses"
    BOTH = "both", "Everyone"


def fingerprint(values: dict) -> str:
    """A stable hash of field values, for telling staff edits from loaded text."""
    text = json.dumps(values, sort_keys=True, default=str, ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


class Loaded(models.Model):
    """Base for rows that loaders create and staff may edit."""

    # Fields that loaders own; a change to any of them marks a staff edit.
    loaded_fields: tuple[str, ...] = ()

    origin_hash = models.CharField(max_length=64, blank=True, editable=False)

    class Meta:
        abstract = True

    def loaded_values(self) -> dict:
        return {name: getattr(self, name) for name in self.loaded_fields}

    def current_hash(self) -> str:
        return fingerprint(self.loaded_values())

    @property
    def edited_by_staff(self) -> bool:
        return bool(self.origin_hash) and self.origin_hash != self.current_hash()


class RefreshStatus(models.TextChoices):
    NEVER = "never", "Never refreshed"
    LOADED = "loaded", "Loaded"
    UNCHANGED = "unchanged", "Unchanged (skipped)"
    REFUSED = "refused", "Refused"
    FAILED = "failed", "Failed"


class Report(models.Model):
    """One fiscal year's report, as loaded: its sections and statistics belong to it.

    A Report exists only once its text has been loaded whole; where reports come
    from is a ReportSource (one per fiscal year).
    """

    RefreshStatus = RefreshStatus  # kept for code that reads Report.RefreshStatus

    title = models.CharField(max_length=300)
    slug = models.SlugField(max_length=100, unique=True)
    fiscal_year = models.PositiveSmallIntegerField(unique=True)
    source = models.CharField(max_length=1000, help_text="The file path or http(s) URL it was last loaded from.")
    checksum = models.CharField(max_length=64, blank=True, help_text="SHA-256 of the source as last loaded.")
    loaded_at = models.DateTimeField(null=True, blank=True)

    history = HistoricalRecords()

    class Meta:
        ordering = ["-fiscal_year"]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("report", args=[self.fiscal_year])


class ReportSource(models.Model):
    """Where one fiscal year's report is read from; the refresh job reads every active one.

    Staff add next year's report here (its URL as CBP publishes it, PDF or text);
    the job loads it into the Report of that fiscal year, or refuses it whole and
    says why in refresh_message.
    """

    fiscal_year = models.PositiveSmallIntegerField(unique=True, help_text="The fiscal year the report is about, e.g. 2022.")
    url = models.CharField(
        max_length=1000,
        help_text="An http(s) URL (a PDF as CBP publishes it, or plain text) or a file path on the server.",
    )
    active = models.BooleanField(default=True, help_text="Refreshed by the daily job.")
    refresh_status = models.CharField(max_length=20, choices=RefreshStatus.choices, default=RefreshStatus.NEVER)
    refresh_message = models.TextField(blank=True, help_text="What the last refresh did, or why it was refused or failed.")
    refreshed_at = models.DateTimeField(null=True, blank=True)

    history = HistoricalRecords(excluded_fields=["refresh_status", "refresh_message", "refreshed_at"])

    class Meta:
        ordering = ["-fiscal_year"]

    def __str__(self) -> str:
        return f"FY {self.fiscal_year}: {self.url}"

    @property
    def report(self) -> "Report | None":
        return Report.objects.filter(fiscal_year=self.fiscal_year).first()


class Section(Loaded):
    loaded_fields = ("title", "body", "page_headings", "footnotes", "audience")

    report = models.ForeignKey(Report, on_delete=models.PROTECT, related_name="sections")
    title = models.CharField(max_length=300)
    slug = models.SlugField(max_length=120, help_text="Unique within its report.")
    body = models.TextField(help_text="Plain text; paragraphs separated by blank lines.")
    order = models.PositiveIntegerField(default=0)
    page_headings = models.JSONField(default=list, blank=True, help_text="Page headings this text came from.")
    footnotes = models.JSONField(
        default=list, blank=True, help_text='List of {"number": "1", "text": "...", "urls": ["https://..."]}.'
    )
    audience = models.CharField(max_length=10, choices=Audience.choices, default=Audience.BOTH)
    published = models.BooleanField(default=True)
    updated_at = models.DateTimeField(auto_now=True)

    history = HistoricalRecords()

    class Meta:
        ordering = ["report", "order"]
        constraints = [models.UniqueConstraint(fields=["report", "slug"], name="unique_section_slug_per_report")]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("section", args=[self.report.fiscal_year, self.slug])


class Statistic(Loaded):
    """One cell of one table in the report, as printed and as a number."""

    class Measure(models.TextChoices):
        SEIZURE_LINES = "seizure_lines", "Seizure lines"
        SEIZURES = "seizures", "Seizures"
        MSRP = "msrp", "MSRP (USD)"
        PERCENTAGE = "percentage", "Percentage"
        QUANTITY = "quantity", "Quantity"
        COUNT = "count", "Count"

    class Category(models.TextChoices):
        PRODUCT = "product", "Product"
        ECONOMY = "economy", "Economy (trading partner)"
        TRANSPORT_MODE = "transport_mode", "Mode of transport"
        COMMODITY = "commodity", "Health, safety and security commodity"
        CENTER = "center", "Center of Excellence and Expertise"
        SOURCE_COUNTRY = "source_country", "Source country"
        COVID_PRODUCT = "covid_product", "COVID-19 product"
        ALLEGATION = "allegation", "e-Allegations"

    loaded_fields = ("value", "printed", "label")

    report = models.ForeignKey(Report, on_delete=models.PROTECT, related_name="statistics")
    table = models.CharField(max_length=200, help_text='As named in the report, e.g. "Number of Seizure Lines by Product".')
    table_slug = models.SlugField(max_length=120, help_text="Identifies the table across years.")
    section = models.ForeignKey(Section, null=True, blank=True, on_delete=models.SET_NULL, related_name="statistics")
    fiscal_year = models.PositiveSmallIntegerField()
    category = models.CharField(max_length=20, choices=Category.choices)
    label = models.CharField(max_length=200, help_text='Row label as printed, e.g. "Handbags/Wallets".')
    measure = models.CharField(max_length=20, choices=Measure.choices)
    value = models.DecimalField(max_digits=20, decimal_places=4)
    printed = models.CharField(max_length=60, help_text='The figure exactly as printed, e.g. "$972,495,390".')
    is_total = models.BooleanField(default=False)
    order = models.PositiveIntegerField(default=0)
    note = models.TextField(blank=True, help_text="For example a discrepancy between the printed total and the rows.")
    published = models.BooleanField(default=True)

    history = HistoricalRecords()

    class Meta:
        ordering = ["table_slug", "-fiscal_year", "order"]
        constraints = [
            models.UniqueConstraint(
                fields=["report", "table_slug", "fiscal_year", "label", "measure"], name="unique_statistic_cell"
            )
        ]
        indexes = [models.Index(fields=["category", "measure", "fiscal_year"])]

    def __str__(self) -> str:
        return f"{self.label}, FY {self.fiscal_year}, {self.get_measure_display()}: {self.printed}"


LINK_FIELDS = ("link_status", "link_ok", "link_error", "link_checked_at")


class LinkChecked(models.Model):
    """Rows with a web address the link checker (content/links.py) checks; visitors still see a broken one.

    Its results are bookkeeping: kept out of history and of index rebuilds.
    """

    link_status = models.PositiveIntegerField(null=True, blank=True, help_text="HTTP status of the last check.")
    link_ok = models.BooleanField(null=True, blank=True)
    link_error = models.CharField(max_length=300, blank=True)
    link_checked_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        abstract = True


class Contact(LinkChecked, Loaded):
    """A reporting or help channel the report names."""

    class Kind(models.TextChoices):
        ONLINE_FORM = "online_form", "Online form"
        WEBSITE = "website", "Website"
        EMAIL = "email", "Email"
        PHONE = "phone", "Phone"

    loaded_fields = (
        "name", "kind", "url", "email", "phone", "hours", "purpose", "who_should_use", "example_questions",
        "name_es", "purpose_es", "who_should_use_es", "keywords_es",
    )

    name = models.CharField(max_length=200)
    slug = models.SlugField(max_length=80, unique=True)
    kind = models.CharField(max_length=20, choices=Kind.choices)
    url = models.URLField(max_length=500, blank=True)
    email = models.EmailField(blank=True)
    phone = models.CharField(max_length=40, blank=True)
    hours = models.CharField(max_length=200, blank=True)
    purpose = models.TextField(help_text="What this channel is for.")
    who_should_use = models.TextField(blank=True)
    keywords = models.TextField(blank=True, help_text="Extra words people use when they need this channel.")
    example_questions = models.TextField(
        blank=True, help_text="Questions people ask when this channel is the answer, one per line (the assistant learns from them)."
    )
    name_es = models.CharField("name (Spanish)", max_length=200, blank=True)
    purpose_es = models.TextField("purpose (Spanish)", blank=True)
    who_should_use_es = models.TextField("who should use it (Spanish)", blank=True)
    keywords_es = models.TextField("keywords (Spanish)", blank=True, help_text="Words Spanish speakers use when they need this channel.")
    order = models.PositiveIntegerField(default=0)
    published = models.BooleanField(default=True)

    history = HistoricalRecords(excluded_fields=list(LINK_FIELDS))

    class Meta:
        ordering = ["order", "name"]

    def __str__(self) -> str:
        return self.name

    def examples(self) -> list[str]:
        return [line.strip() for line in self.example_questions.splitlines() if line.strip()]

    def href(self) -> str:
        """The address a visitor follows: the web page, else mailto:, else tel:."""
        if self.url:
            return self.url
        if self.email:
            return f"mailto:{self.email}"
        if self.phone:
            return "tel:" + phone_digits(self.phone)
        return ""


_KEYPAD = {c: d for d, letters in {"2": "ABC", "3": "DEF", "4": "GHI", "5": "JKL", "6": "MNO", "7": "PQRS", "8": "TUV", "9": "WXYZ"}.items() for c in letters}


def phone_digits(phone: str) -> str:
    """1-800-BE-ALERT -> 18002325378: vanity letters become keypad digits."""
    out = []
    for ch in phone.upper():
        if ch.isdigit():
            out.append(ch)
        elif ch in _KEYPAD:
            out.append(_KEYPAD[ch])
    return "+" + "".join(out) if out and out[0] == "1" else "".join(out)


class FAQ(Loaded):
    loaded_fields = ("question", "answer", "alternate_phrasings", "audience", "question_es", "answer_es", "alternate_phrasings_es")

    key = models.SlugField(max_length=120, unique=True, help_text="Stable identifier used by the shipped FAQ file.")
    question = models.CharField(max_length=300)
    answer = models.TextField(help_text="Short and plain. May use **bold** and [links](https://...).")
    alternate_phrasings = models.TextField(blank=True, help_text="Other ways people ask this, one per line.")
    # Spanish, edited side by side with the English in the admin; empty until a reviewed translation exists
    # (the assistant then answers in English with a one-line note in Spanish).
    question_es = models.CharField("question (Spanish)", max_length=300, blank=True)
    answer_es = models.TextField("answer (Spanish)", blank=True)
    alternate_phrasings_es = models.TextField("alternate phrasings (Spanish)", blank=True, help_text="Other ways people ask this in Spanish, one per line.")
    audience = models.CharField(max_length=10, choices=Audience.choices, default=Audience.BOTH)
    contacts = models.ManyToManyField(Contact, blank=True, related_name="faqs")
    section = models.ForeignKey(Section, null=True, blank=True, on_delete=models.SET_NULL, related_name="faqs")
    published = models.BooleanField(default=True)
    order = models.PositiveIntegerField(default=0)
    reviewed = models.DateField(
        null=True, blank=True, help_text="When the answer was last checked against its sources (review yearly)."
    )
    updated_at = models.DateTimeField(auto_now=True)

    history = HistoricalRecords(m2m_fields=[contacts])

    class Meta:
        ordering = ["order", "question"]
        verbose_name = "FAQ"
        verbose_name_plural = "FAQs"

    def __str__(self) -> str:
        return self.question

    def get_absolute_url(self) -> str:
        return reverse("faq", args=[self.pk])

    def phrasings(self) -> list[str]:
        return [self.question] + [line.strip() for line in self.alternate_phrasings.splitlines() if line.strip()]

    def phrasings_es(self) -> list[str]:
        if not self.question_es:
            return []
        return [self.question_es] + [line.strip() for line in self.alternate_phrasings_es.splitlines() if line.strip()]

    def source_list(self) -> list[dict]:
        """[{"title", "url"}] in order, for citing (uses prefetched sources when there)."""
        return [{"title": s.title, "url": s.url} for s in self.sources.all()]


class FAQSource(LinkChecked):
    """Where an FAQ's answer comes from: a report section, a cbp.gov page, an eCFR section...

    The FAQ page lists them, the chat answer cites them, and the link checker
    checks that each still answers (content/links.py).
    """

    faq = models.ForeignKey(FAQ, on_delete=models.CASCADE, related_name="sources")
    title = models.CharField(max_length=300, help_text='e.g. "19 CFR 148.55 (eCFR)".')
    url = models.CharField(
        max_length=500,
        help_text="An http(s) address, or a page of this site such as /report/2021/executive-summary/.",
    )
    order = models.PositiveIntegerField(default=0)

    history = HistoricalRecords(excluded_fields=list(LINK_FIELDS))

    class Meta:
        ordering = ["faq", "order", "pk"]
        verbose_name = "FAQ source"

    def __str__(self) -> str:
        return self.title

    def clean(self) -> None:
        from django.core.exceptions import ValidationError

        if not is_source_url(self.url):
            raise ValidationError({"url": "Give an http(s) address or a path on this site starting with /."})


class Synonym(models.Model):
    """A word people use, and the words the content uses for it.

    Applied at index and query time: "fake" also searches "counterfeit".
    """

    term = models.CharField(max_length=80, unique=True, help_text="What people type, e.g. 'sneakers' or 'tenis'.")
    expansions = models.CharField(
        max_length=300, help_text="Comma-separated words the content uses, e.g. 'footwear, shoes'."
    )
    language = models.CharField(max_length=5, default="en", help_text="The language of the term: en or es.")
    active = models.BooleanField(default=True)

    history = HistoricalRecords()

    class Meta:
        ordering = ["term"]

    def __str__(self) -> str:
        return f"{self.term} -> {self.expansions}"

    def expansion_list(self) -> list[str]:
        return [w.strip().lower() for w in self.expansions.split(",") if w.strip()]


class GlossaryTerm(models.Model):
    """A name as the report prints it (table, row, measure) and how answers say it in another language.

    One glossary for every answer: "Watches/Jewelry" is "Relojes/Joyería" in Spanish.
    """

    english = models.CharField(max_length=300, unique=True, help_text='As the report prints it, e.g. "Watches/Jewelry".')
    spanish = models.CharField(max_length=300, help_text='e.g. "Relojes/Joyería".')

    history = HistoricalRecords()

    class Meta:
        ordering = ["english"]
        verbose_name = "glossary term"

    def __str__(self) -> str:
        return f"{self.english} -> {self.spanish}"


class FAQSuggestion(models.Model):
    """A group of similar unanswered questions or negative feedback: a candidate FAQ."""

    class Status(models.TextChoices):
        OPEN = "open", "Open"
        DONE = "done", "FAQ created"
        DISMISSED = "dismissed", "Dismissed"

    question = models.CharField(max_length=300, help_text="The most typical question of the group (redacted).")
    examples = models.JSONField(default=list, blank=True, help_text="Other questions in the group (redacted).")
    occurrences = models.PositiveIntegerField(default=0)
    source = models.CharField(max_length=20, help_text="fallback or negative feedback")
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.OPEN)
    first_seen = models.DateTimeField(null=True, blank=True)
    last_seen = models.DateTimeField(null=True, blank=True)
    faq = models.ForeignKey("FAQ", null=True, blank=True, on_delete=models.SET_NULL, related_name="suggestions")

    class Meta:
        ordering = ["status", "-occurrences"]

    def __str__(self) -> str:
        return self.question


class Example(models.Model):
    """A question as people ask it that is neither an FAQ phrasing nor a contact's: what the assistant's models learn from.

    Figure questions ("statistic") teach it how people ask for the report's numbers;
    out-of-scope ones (other agencies' services, shopping, legal advice) teach it
    what to refuse; questions asking an FAQ ("faq") teach the models how people put
    what that FAQ answers (stories, slang) without entering the search, where an
    FAQ's few curated phrasings stay what a match is judged by. Staff add them in
    the admin, or from the unanswered queue; the next index build trains on them.
    """

    class Kind(models.TextChoices):
        STATISTIC = "statistic", "Figure question (in scope)"
        FAQ = "faq", "Asks an FAQ (in scope)"
        OUT_OF_SCOPE = "out_of_scope", "Out of scope (refuse)"

    text = models.CharField(max_length=500)
    kind = models.CharField(max_length=20, choices=Kind.choices)
    faq = models.ForeignKey("FAQ", null=True, blank=True, on_delete=models.CASCADE, related_name="training_examples",
                            help_text="For an example asking an FAQ: which one.")
    language = models.CharField(max_length=5, default="en", help_text="en or es")
    note = models.CharField(max_length=200, blank=True, help_text="Why, e.g. 'another agency's service'.")
    active = models.BooleanField(default=True)

    history = HistoricalRecords()

    class Meta:
        ordering = ["kind", "text"]
        constraints = [models.UniqueConstraint(fields=["text", "language"], name="unique_example_text")]

    def __str__(self) -> str:
        return f"{self.get_kind_display()}: {self.text}"

    def clean(self) -> None:
        if self.kind == self.Kind.FAQ and self.faq_id is None:
            raise ValidationError({"faq": "An example asking an FAQ needs the FAQ it asks."})
        if self.kind != self.Kind.FAQ and self.faq_id is not None:
            raise ValidationError({"faq": "Only an example asking an FAQ names one."})
