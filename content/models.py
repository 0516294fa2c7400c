"""What the assistant knows: the report, its sections and tables, FAQs and contacts.

Rows that the loaders create carry `origin_hash`: the hash of the fields as last
loaded. When a row's current fields no longer hash to it, a staff member edited
the row and loaders leave it alone (see content/services.py).
"""
import hashlib
import json

from django.db import models
from django.urls import reverse
from simple_history.models import HistoricalRecords


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


class Report(models.Model):
    class RefreshStatus(models.TextChoices):
        NEVER = "never", "Never refreshed"
        LOADED = "loaded", "Loaded"
        UNCHANGED = "unchanged", "Unchanged (skipped)"
        REFUSED = "refused", "Refused"
        FAILED = "failed", "Failed"

    title = models.CharField(max_length=300)
    slug = models.SlugField(max_length=100, unique=True)
    fiscal_year = models.PositiveSmallIntegerField()
    source = models.CharField(max_length=1000, help_text="A file path or an http(s) URL the report is read from.")
    checksum = models.CharField(max_length=64, blank=True, help_text="SHA-256 of the source as last loaded.")
    loaded_at = models.DateTimeField(null=True, blank=True)
    refresh_status = models.CharField(max_length=20, choices=RefreshStatus.choices, default=RefreshStatus.NEVER)
    refresh_message = models.TextField(blank=True, help_text="Why the last refresh was refused or failed.")
    refreshed_at = models.DateTimeField(null=True, blank=True)

    history = HistoricalRecords()

    class Meta:
        ordering = ["-fiscal_year"]

    def __str__(self) -> str:
        return self.title


class Section(Loaded):
    loaded_fields = ("title", "body", "page_headings", "footnotes", "audience")

    report = models.ForeignKey(Report, on_delete=models.PROTECT, related_name="sections")
    title = models.CharField(max_length=300)
    slug = models.SlugField(max_length=120, unique=True)
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

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("section", args=[self.slug])


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


class Contact(Loaded):
    """A reporting or help channel the report names."""

    class Kind(models.TextChoices):
        ONLINE_FORM = "online_form", "Online form"
        WEBSITE = "website", "Website"
        EMAIL = "email", "Email"
        PHONE = "phone", "Phone"

    loaded_fields = ("name", "kind", "url", "email", "phone", "hours", "purpose", "who_should_use")

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
    order = models.PositiveIntegerField(default=0)
    published = models.BooleanField(default=True)

    # Filled by the link checker (content/links.py); users still see the link.
    link_status = models.PositiveIntegerField(null=True, blank=True, help_text="HTTP status of the last check.")
    link_ok = models.BooleanField(null=True, blank=True)
    link_error = models.CharField(max_length=300, blank=True)
    link_checked_at = models.DateTimeField(null=True, blank=True)

    history = HistoricalRecords(excluded_fields=["link_status", "link_ok", "link_error", "link_checked_at"])

    class Meta:
        ordering = ["order", "name"]

    def __str__(self) -> str:
        return self.name

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
    loaded_fields = ("question", "answer", "alternate_phrasings", "audience")

    key = models.SlugField(max_length=120, unique=True, help_text="Stable identifier used by the shipped FAQ file.")
    question = models.CharField(max_length=300)
    answer = models.TextField(help_text="Short and plain. May use **bold** and [links](https://...).")
    alternate_phrasings = models.TextField(blank=True, help_text="Other ways people ask this, one per line.")
    audience = models.CharField(max_length=10, choices=Audience.choices, default=Audience.BOTH)
    contacts = models.ManyToManyField(Contact, blank=True, related_name="faqs")
    section = models.ForeignKey(Section, null=True, blank=True, on_delete=models.SET_NULL, related_name="faqs")
    published = models.BooleanField(default=True)
    order = models.PositiveIntegerField(default=0)
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


class Synonym(models.Model):
    """A word people use, and the words the content uses for it.

    Applied at index and query time: "fake" also searches "counterfeit".
    """

    term = models.CharField(max_length=80, unique=True, help_text="What people type, e.g. 'sneakers'.")
    expansions = models.CharField(
        max_length=300, help_text="Comma-separated words the content uses, e.g. 'footwear, shoes'."
    )
    active = models.BooleanField(default=True)

    history = HistoricalRecords()

    class Meta:
        ordering = ["term"]

    def __str__(self) -> str:
        return f"{self.term} -> {self.expansions}"

    def expansion_list(self) -> list[str]:
        return [w.strip().lower() for w in self.expansions.split(",") if w.strip()]


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
