"""A scripted "interviewer LLM" for the stub server: answers each interview prompt with valid JSON built from the
prompt itself (questions per slot, concept marks with quotes from the answer, summary feedback)."""

from __future__ import annotations

import re

from tests.support.openai_stub import RecordedRequest, StubReply

_SLOT = re.compile(r"^(\d+)\. \[(\w+) · ([^\]]+)\]", re.M)


def _between(text: str, tag: str) -> str:
    match = re.search(rf"<{tag}>\n?(.*?)\n?</{tag}>", text, re.S)
    return match.group(1) if match else ""


def interviewer(request: RecordedRequest) -> StubReply:
    """The reply to one interview prompt (questions, score or feedback)."""
    user = request.messages[-1]["content"]
    if "Planned question slots" in user:
        questions = []
        for number, kind, about in _SLOT.findall(user):
            topic = about if not about.startswith("theme") else "a hard moment at work"
            questions.append({"slot": int(number), "question": f"» Tell me, in depth, about {topic}."})
        return StubReply.json({"questions": questions})
    if "Candidate answer" in user:
        concepts = [line[2:] for line in _between(user, "concepts").splitlines() if line.startswith("- ")]
        answer = _between(user, "answer")
        quote = " ".join(answer.split()[:6])
        marks = [{"concept": c, "covered": i % 2 == 0, "evidence": quote if i % 2 == 0 else ""}
                 for i, c in enumerate(concepts)]
        return StubReply.json({"concepts": marks, "structure": 4, "specificity": 3, "relevance": 5,
                               "feedback": "Clear answer; go deeper on the remaining concepts."})
    if "Per-question results" in user:
        return StubReply.json({"strengths": ["Clear explanations."],
                               "improvements": ["Practise the concepts you missed."]})
    return StubReply.error(400, "unexpected prompt")
