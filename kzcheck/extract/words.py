"""The words that say what a number is, in Russian, Kazakh and English (regular expressions, matched case-blind on the
normalised text). Language knowledge, not election data: a new election needs none of it changed."""

from __future__ import annotations

import re

_I = re.IGNORECASE

POLL = re.compile(
    r"exit[- ]?polls?\b|\bpoll\b|\bsurvey|опрос\w*|экзит[- ]?пол\w*|exit[- ]?пол\w*|сауалнам\w*|зерттеу\w*", _I
)
EXIT_POLL = re.compile(r"exit[- ]?poll|экзит[- ]?пол|exit[- ]?пол", _I)
NEW_POLL = re.compile(
    r"(?:\banother|\ba|\ban|second|third|other|другой|другому|другого|второй|второму|третий|ещ[её] один|тағы бір|"
    r"басқа|екінші|үшінші)\s+(?:\w+\s+){0,2}?(?:exit[- ]?poll|poll|survey|опрос|экзит|сауалнам)",
    _I,
)
OFFICIAL = re.compile(
    r"election commission|\bCEC\b|\bЦИК\b|\bОСК\b|центральн\w* избирательн\w*|избирательн\w* комисси\w*|"
    r"сайлау комиссия\w*|орталық сайлау\w*|preliminary results?|final results?|official results?|"
    r"referendum commission|\bCRC\b|\bЦКР\b|комисси\w* референдума|референдум комиссия\w*|\bОРК\b|"
    r"официальн\w*|предварительн\w* (?:итог|результат|данн)\w*|окончательн\w* (?:итог|результат)\w*|"
    r"ресми|алдын ала қорытынды\w*|түпкілікті",
    _I,
)
OTHER_VOTE = re.compile(
    r"previous (?:election|vote|parliament)|last (?:election|vote)|outgoing|прошл\w* (?:выбор|голосован)\w*|"
    r"предыдущ\w*|прежн\w* созыв\w*|уходящ\w*|өткен сайлау\w*|алдыңғы сайлау\w*|previous convocation",
    _I,
)
RESPECTIVELY = re.compile(r"respectively|соответственно|тиісінше|сәйкесінше", _I)
TURNOUT = re.compile(
    r"turnout|явк\w*|белсенділі\w*|дауыс беруге қатыс\w*|проголосовал\w* \w*\s*избирател\w*|came to vote|"
    r"voters? (?:had )?(?:cast|voted)",
    _I,
)

# Looked at just after the number (its unit noun), on the normalised text.
AFTER_POINTS = re.compile(
    r"\s*(?:percentage points?|points?\b|п\.\s?п\.|процентн\w* пункт\w*|пункт\w*|пайыздық тармақ\w*|"
    r"тармақ\w*)",
    _I,
)
AFTER_PEOPLE = re.compile(
    r"\s*(?:\w+\s+){0,2}?(?:people|respondents?|persons|voters|interviewees|citizens|человек\w*|чел\.|"
    r"респондент\w*|избирател\w*|опрошенн\w*|граждан\w*|адам\w*|сайлаушы\w*|азамат\w*)",
    _I,
)
AFTER_STATIONS = re.compile(
    r"\s*(?:\w+\s+){0,1}?(?:polling stations?|stations?\b|precincts?|участк\w*|учаск\w*|сайлау учаск\w*)", _I
)
AFTER_SEATS = re.compile(r"\s*(?:\w+\s+){0,1}?(?:seats?\b|mandates?\b|мандат\w*|мест\w*|орын\w*)", _I)
AFTER_SEAT_SHARE = re.compile(
    r"\s*(?:of\s+)?(?:the\s+)?(?:seats|mandates|lawmakers|deputies|мест|мандат\w*|депутат\w*|орын\w*)", _I
)
AFTER_VOTES = re.compile(r"\s*(?:\w+\s+){0,1}?(?:votes?\b|голос\w*|дауыс\w*|бюллетен\w*|ballots?\b)", _I)
AFTER_OTHER_UNIT = re.compile(
    r"\s*(?:years?\b|days?\b|months?\b|hours?\b|minutes?\b|лет\b|год\w*|дн\w*|дней|месяц\w*|час\w*|минут\w*|"
    r"жыл\w*|күн\w*|ай\b|сағат\w*|countries|стран\w*|елде\w*|regions?\b|регион\w*|област\w*|облыс\w*|"
    r"parties\b|партий\b|партия\w*|candidates?|кандидат\w*|tenge|тенге|теңге|dollars?|доллар\w*)",
    _I,
)
BEFORE_THRESHOLD = re.compile(
    r"(?:threshold|barrier|барьер\w*|порог\w*|шег\w*|межа\w*)\s*(?:of|в|в размере|is|was|-|:)?\s*$", _I
)
AFTER_THRESHOLD = re.compile(
    r"\s*(?:\w+\s+){0,1}?(?:threshold|barrier|барьер\w*|порог\w*|шег\w*|межа\w*|мандат\w* барьер\w*)", _I
)
NEAR_MARGIN = re.compile(r"margin|error|погрешност\w*|ошибк\w*|қателі\w*|±|\+/-|\+-", _I)
LIST_JOIN = re.compile(r"^[\s,]*(?:and|or|и|или|а также|және|мен|немесе)?[\s,]*$", _I)
