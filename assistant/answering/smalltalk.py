"""Greetings, thanks and "who are you": short friendly replies, no content needed."""
import re

from assistant.retrieval.text import fold

STARTERS = [
    "How do I report a website selling counterfeit goods?",
    "What was the total MSRP of goods seized in FY 2021?",
    "How do I record my trademark with CBP?",
    "Which product had the most seizure lines in FY 2021?",
]

_PATTERNS = [
    ("greeting", r"(hi+|hell+o+|he+y+a*|hiya|howdy|greetings|good\s+(morning|afternoon|evening|day)|yo+|hola)( there)?"),
    ("thanks", r"(thanks?( you)?( so much| very much| a lot)?|thx|ty|cheers|much appreciated|(i )?appreciate (it|that|the help)|great,? thanks?|perfect|awesome|ok(ay)?|cool|got it|great)"),
    ("bye", r"(bye|goodbye|good bye|see you|see ya|that'?s all|that is all|done)"),
    ("who", r"(who|what) are you|are you (a )?(bot|robot|human|real|person|ai)|what (can|do) you do|what is this|how (does|do) (this|you) work|what can i ask( you)?|help|help me|menu|start|what do you know( about)?"),
    ("how", r"how are you( doing)?|how'?s it going|what'?s up|sup"),
]
_COMPILED = [(kind, re.compile(rf"^\s*(?:{pattern})\s*[!.?,]*\s*(?:(?:{pattern})\s*[!.?,]*\s*)*$")) for kind, pattern in _PATTERNS]
# Greetings as typed: "heyyy", "hiii", "hellooo".
_LEADING = re.compile(r"^\s*(?:hi+|hell+o+|he+y+a*|hiya|yo+|good\s+(?:morning|afternoon|evening))(?:\s+there)?\s*[!,.]*\s+", re.I)

REPLIES = {
    "greeting": "Hello! I answer questions about counterfeit and pirated goods at the U.S. border: CBP's FY 2021 IPR seizure figures, how to report a seller, and how businesses can protect their trademarks and copyrights.",
    "thanks": "You're welcome! Anything else about counterfeit goods, IPR seizures or reporting a seller?",
    "bye": "Goodbye! If you come across counterfeit goods, you can report them to CBP with an e-Allegation.",
    "who": "I'm CBP's IPR information assistant. I answer from CBP's FY 2021 IPR seizure statistics report and a curated FAQ: seizure figures, how to spot and report counterfeits, and how rights holders can record trademarks and copyrights. I'm not a person and I can't take reports myself, but I can point you to the right channel.",
    "how": "I'm doing well, thanks for asking! What would you like to know about counterfeit goods or IPR enforcement?",
}


def detect(message: str) -> str | None:
    """The kind of small talk `message` is, or None when it asks something."""
    text = fold(message).strip()
    if len(text) > 80:
        return None
    for kind, pattern in _COMPILED:
        if pattern.match(text):
            return kind
    return None


def strip_greeting(message: str) -> str:
    """'Hi, how do I report a fake?' -> 'how do I report a fake?'."""
    return _LEADING.sub("", message, count=1)


def reply(kind: str) -> str:
    return REPLIES.get(kind, REPLIES["greeting"])
