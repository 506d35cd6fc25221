"""Reading passages written for these tests (modelled on how Kazinform, Tengrinews, Astana Times and TASS print
figures; no sentence copied from a real article): names in Russian and Kazakh inflection, attribution that follows the
text across sentences, figures that cannot be attributed, and numbers beside names that are not their figures."""

from __future__ import annotations

from decimal import Decimal

import pytest
from conftest import DATA
from hypothesis import given, settings
from hypothesis import strategies as st

from kzcheck.extract.article import read_article
from kzcheck.extract.data import open_election
from kzcheck.extract.model import CONFIDENT, UNATTRIBUTED, UNCERTAIN

E23 = "kz-2023-mazhilis"
IEI, SOTSIS = "Institute of Eurasian Integration", "SOTSIS-A"


@pytest.fixture(scope="module")
def election():
    return open_election(DATA, E23)


def read(election, text: str):
    return read_article(election, text).entries


def row(e):
    return (e.kind, e.subject, e.pollster, e.option or e.line, e.number.value, e.confidence)


RU_POLL = (
    "Согласно данным экзит-пола Института евразийской интеграции, партия «AMANAT» набирает 53,46 % голосов. "
    "У партии «Ауыл» – 10,52 %, у «Республики» – 8,9 %.\n"
    "Народной партии Казахстана отдали голоса 6,25 % избирателей. В опросе приняли участие более 30 тыс. человек "
    "на 200 избирательных участках, погрешность не превышает 1 %."
)


def test_russian_poll_inflected_names_and_attribution_across_sentences(election):
    entries = read(election, RU_POLL)
    assert [row(e) for e in entries] == [
        ("share", "poll", IEI, "amanat", Decimal("53.46"), CONFIDENT),
        ("share", "poll", IEI, "auyl", Decimal("10.52"), CONFIDENT),  # партии «Ауыл»
        ("share", "poll", IEI, "respublica", Decimal("8.9"), CONFIDENT),  # у «Республики»
        ("share", "poll", IEI, "qhp", Decimal("6.25"), CONFIDENT),  # Народной партии Казахстана, next paragraph
        ("sample_size", "poll", IEI, None, Decimal("30000"), CONFIDENT),
        ("stations", "poll", IEI, None, Decimal("200"), CONFIDENT),
        ("margin", "poll", IEI, None, Decimal("1"), CONFIDENT),
    ]
    assert entries[0].pollster_printed == "Института евразийской интеграции"
    assert entries[3].attributed_from == 0 and entries[3].poll == "iei"
    sample = entries[4]
    assert (sample.number.qualifier, sample.number.step) == ("more than", Decimal(1000))
    assert entries[6].number.qualifier == "at most"


KK_POLL = (
    "Еуразиялық интеграция институтының экзит-полы бойынша «AMANAT» партиясы 53,46 пайыз дауыс жинады. "
    "«Ауыл» партиясын 10,52 % сайлаушы қолдады, «Байтақты» – 3,22 %. Сауалнамаға 30 мыңнан астам адам қатысты.\n"
    "Сайлаушылардың 6,25 пайызы Қазақстан Халық партиясын қолдады, 4,47 пайызы «Бәріне қарсымын» деп белгіледі."
)


def test_kazakh_poll_inflected_names(election):
    entries = read(election, KK_POLL)
    assert [row(e) for e in entries] == [
        ("share", "poll", IEI, "amanat", Decimal("53.46"), CONFIDENT),
        ("share", "poll", IEI, "auyl", Decimal("10.52"), CONFIDENT),
        ("share", "poll", IEI, "baytaq", Decimal("3.22"), CONFIDENT),  # «Байтақты»
        ("sample_size", "poll", IEI, None, Decimal("30000"), CONFIDENT),
        ("share", "poll", IEI, "qhp", Decimal("6.25"), CONFIDENT),  # figure before the name
        ("share", "poll", IEI, "against-all", Decimal("4.47"), CONFIDENT),
    ]
    assert entries[0].pollster_printed == "Еуразиялық интеграция институтының"
    assert entries[3].number.qualifier == "more than"


def test_kazakh_accusative_and_russian_genitive_of_a_name(election):
    entries = read(
        election,
        "Орталық сайлау комиссиясының деректері бойынша Аманатты 3 431 510 сайлаушы қолдады. "
        "По данным ЦИК, у Аманата 53,90 %, у партии «Ауыл» 693 938 голосов.",
    )
    assert [row(e) for e in entries] == [
        ("count", "official", None, "amanat", Decimal(3431510), CONFIDENT),
        ("percent", "official", None, "amanat", Decimal("53.90"), CONFIDENT),
        ("count", "official", None, "auyl", Decimal(693938), CONFIDENT),
    ]
    assert [e.name_printed for e in entries] == ["Аманатты", "Аманата", "Ауыл"]


RU_OFFICIAL = (
    "Центральная избирательная комиссия подвела предварительные итоги. За партию «AMANAT» проголосовали "
    "3\u00a0431\u00a0510 избирателей, или 53,90 %. Число избирателей, включённых в списки, составило "
    "12 млн 35 тыс. 578. "
    "По данным ЦИК, на 14:00 явка в Алматинской области составила 45,12 %."
)


def test_russian_official_counts_lines_and_intraday_turnout(election):
    entries = read(election, RU_OFFICIAL)
    assert [(e.kind, e.option or e.line, e.area, e.time_of_day, e.number.value, e.confidence) for e in entries] == [
        ("count", "amanat", "KZ", None, Decimal(3431510), CONFIDENT),
        ("percent", "amanat", "KZ", None, Decimal("53.90"), CONFIDENT),
        ("count", "voters_on_list", "KZ", None, Decimal(12035578), CONFIDENT),  # the protocol line's name, inflected
        ("turnout", "ballots_issued", "almaty-region", "14:00", Decimal("45.12"), CONFIDENT),
    ]
    assert entries[3].area_printed == "Алматинской области"


def test_kazakh_turnout_with_time_and_area(election):
    (e,) = read(
        election,
        "Орталық сайлау комиссиясының мәліметінше, сағат 14:00-дегі жағдай бойынша Астана қаласында сайлаушылардың "
        "белсенділігі 30,5 пайызды құрады.",
    )
    assert (e.kind, e.subject, e.line, e.area, e.time_of_day, e.number.value, e.number.step) == (
        "turnout", "official", "ballots_issued", "astana", "14:00", Decimal("30.5"), Decimal("0.1"),
    )  # fmt: skip


EN_METHOD = (
    "According to the SOTSIS-A exit poll, about 312 thousand voters were interviewed at 467 polling stations; "
    "the margin of error is 1.1%. The institute put Amanat at 54.42%."
)


def test_english_poll_method_and_a_figure_in_the_next_sentence(election):
    entries = read(election, EN_METHOD)
    assert [row(e) for e in entries] == [
        ("sample_size", "poll", SOTSIS, None, Decimal(312000), CONFIDENT),
        ("stations", "poll", SOTSIS, None, Decimal(467), CONFIDENT),
        ("margin", "poll", SOTSIS, None, Decimal("1.1"), CONFIDENT),
        ("share", "poll", SOTSIS, "amanat", Decimal("54.42"), CONFIDENT),
    ]
    assert entries[0].number.qualifier == "about" and entries[3].attributed_from == 0


def test_a_figure_of_an_unnamed_poll_is_unattributed_never_guessed(election):
    entries = read(
        election,
        "The Institute of Democracy gave Amanat 53.33%. Another exit poll, commissioned by several media outlets, "
        "gave Amanat 52%.",
    )
    assert [(e.pollster, e.number.value, e.confidence) for e in entries] == [
        ("Institute of Democracy", Decimal("53.33"), CONFIDENT),
        (None, Decimal(52), UNATTRIBUTED),
    ]


def test_a_figure_with_no_speaker_at_all_is_unattributed(election):
    (e,) = read(election, "Amanat is winning 53.5%, Kazakh media reported.")
    assert (e.option, e.subject, e.confidence) == ("amanat", None, UNATTRIBUTED)


def test_two_pollsters_named_together_make_no_confident_row(election):
    entries = read(election, "IEI and SOTSIS-A gave Amanat 53.46% and 54.42%.")
    assert [e.confidence for e in entries] == [UNCERTAIN, UNCERTAIN]
    assert all("named together" in " ".join(e.reasons) for e in entries)


def test_respectively_pairs_names_and_figures_in_order(election):
    entries = read(election, "According to the CEC, Auyl and Respublica received 10.90% and 8.59% respectively.")
    assert [(e.option, e.number.value, e.confidence) for e in entries] == [
        ("auyl", Decimal("10.90"), CONFIDENT),
        ("respublica", Decimal("8.59"), CONFIDENT),
    ]
    listed = read(election, "According to the CEC, Auyl and Respublica received 10.90% and 8.59%.")
    assert [e.confidence for e in listed] == [UNCERTAIN, UNCERTAIN]


def test_an_article_with_figures_of_two_votes(election):
    entries = read(
        election,
        "In the 2021 election Nur Otan won 71.09% of the vote, the CEC said. This time Amanat received 3,431,510 "
        "votes, or 53.90%.",
    )
    assert [(e.option, e.number.value, e.confidence) for e in entries] == [
        ("amanat", Decimal("71.09"), UNCERTAIN),  # Nur Otan is AMANAT's old name, but of the 2021 vote
        ("amanat", Decimal(3431510), CONFIDENT),
        ("amanat", Decimal("53.90"), CONFIDENT),
    ]
    assert "2021" in entries[0].reasons[0]


def test_a_second_figure_for_one_option_from_one_speaker_is_doubted(election):
    entries = read(election, "According to IEI, Amanat has 53.46%. Later in the night Amanat was put at 55.1%.")
    assert [e.confidence for e in entries] == [UNCERTAIN, UNCERTAIN]


def test_numbers_beside_names_that_are_not_their_figures(election):
    entries = read(
        election,
        "According to the CEC, Baytaq again failed to clear the 5% threshold, while Channel 31 showed Aq Jol's "
        "leader, 62 years old. Amanat's lead grew by 0.44 percentage points. Amanat, which held 76 seats in the "
        "previous convocation, won 40 seats.",
    )
    assert [(e.kind, e.option, e.number.value, e.confidence) for e in entries] == [
        ("seats", "amanat", Decimal(76), UNCERTAIN),  # of the outgoing house: never a confident row
    ]  # 5% (threshold), 31 (a channel), 62 (years), 0.44 (points) and 40 (no name of its own) are no rows
    ignored = {i.printed: i.why for i in read_article(election, "Baytaq did not reach the 5% threshold.").ignored}
    assert ignored == {"5%": "a threshold, not a figure"}


def test_a_negated_name_beside_a_figure_gives_no_confident_row(election):
    entries = read(
        election,
        "Еуразиялық интеграция институтының деректері бойынша Аманатқа 53,46 пайыз. Сайлаушылардың 4,47 пайызы "
        "Аманатты емес, «Бәріне қарсымын» деп белгіледі.",
    )
    assert [(e.option, e.number.value) for e in entries] == [("amanat", Decimal("53.46")), ("amanat", Decimal("4.47"))]
    assert [e.confidence for e in entries] == [UNCERTAIN, UNCERTAIN]  # two shares for one option: neither is filed


def test_the_state_is_not_the_party_respublica(election):
    entries = read(election, "По данным ЦИК, в Республике Казахстан партия «Республика» набрала 8,59 %.")
    assert [(e.option, e.name_printed) for e in entries] == [("respublica", "Республика")]


def test_an_approximate_name_is_reported_not_trusted(election):
    (e,) = read(election, "According to the CEC, Respublka received 8.59%.")
    assert e.option == "respublica" and e.confidence == UNCERTAIN
    assert "approximately" in e.reasons[0]


def test_a_pollster_known_only_to_the_pollster_registry(data_copy):
    (data_copy / "pollsters.csv").write_text(
        "pollster,name_en,name_ru,aliases\n"
        "sotsis-a,SOTSIS-A,СОЦИС-А,Институт комплексных социальных исследований; ИКСИ «Астана»\n",
        encoding="utf-8",
    )
    entries = read(
        open_election(data_copy, E23), "По данным Института комплексных социальных исследований, «AMANAT» — 54,42 %."
    )
    assert [(e.pollster, e.pollster_printed, e.poll, e.confidence) for e in entries] == [
        (SOTSIS, "Института комплексных социальных исследований", "sotsis-a", CONFIDENT)
    ]


PIECES = [*"0123456789 ,.%:-–«»\n\u00a0", "Amanat", "Аманата", "IEI", "ЦИК", "млн", "тыс.", "poll", "о", "a"]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=40).map("".join))
def test_any_text_reads_without_error(text):
    election = open_election(DATA, E23)
    x = read_article(election, text)
    for e in x.entries:
        assert text[e.number.start : e.number.end].replace("\u00a0", " ").replace("–", "-") == e.number.printed
        assert e.confidence in (CONFIDENT, UNCERTAIN, UNATTRIBUTED)


def test_referendum_answers_and_a_sentence_that_reads_like_the_commission():
    referendum = open_election(DATA, "kz-2024-referendum")
    entries = read(
        referendum,
        "Согласно экзит-полу СОЦИС-А, ответ «Да» выбрали 69,8 % участников. Комиссия сообщила, что ответ «Да» "
        "выбрали 5 561 937 человек, или 71,12 %.\n"
        "Орталық референдум комиссиясының мәліметінше, «Жоқ» деп 2 045 271 азамат дауыс берді.",
    )
    assert [(e.kind, e.subject, e.option, e.number.value, e.confidence) for e in entries] == [
        ("share", "poll", "yes", Decimal("69.8"), UNCERTAIN),
        ("count", "poll", "yes", Decimal(5561937), UNCERTAIN),  # polls print no vote counts
        ("share", "poll", "yes", Decimal("71.12"), UNCERTAIN),  # never filed under SOTSIS-A
        ("count", "official", "no", Decimal(2045271), CONFIDENT),
    ]


def test_a_sentence_naming_both_the_commission_and_a_pollster(election):
    entries = read(election, "The CEC's final figure for Amanat, 53.90%, was close to the one IEI gave.")
    assert [(e.option, e.confidence) for e in entries] == [("amanat", UNCERTAIN)]


@pytest.mark.parametrize(
    "text",
    [
        "The commission said turnout was 54.2%, and Auyl won 10.90% of the vote.",
        "По данным ЦИК, явка составила 54,2 %, а партия «Ауыл» получила 10,90 %.",
    ],
)
def test_a_turnout_printed_before_a_party_is_the_turnout_not_the_party_share(election, text):
    """The figure right after the turnout word is the turnout; the party named after it takes the figure after it."""
    turnout, auyl = read(election, text)
    assert (turnout.kind, turnout.line, turnout.number.value) == ("turnout", "ballots_issued", Decimal("54.2"))
    assert (auyl.kind in ("share", "percent"), auyl.option, auyl.number.value) == (True, "auyl", Decimal("10.90"))
