"""One-sentence event reports in wire style (invented, in the manner of the event
coders' test sentences), through the whole pipeline: each must give an event of the
expected type, with a participant kg names as an actor, on the expected day.

The article date is Thursday 2026-03-12, so "on Tuesday" is 2026-03-10 and a planned
"on Saturday" is 2026-03-14. A case lists the types it accepts (a visit "for talks"
is told as a meeting or as talks) and the names any one of which must take part.
"""

from __future__ import annotations

import re

import pytest
import spacy
from spacy.tokens import Doc

from kg.extractors.events import FRAMES, arguments, match_frame

PUB = "2026-03-12"

# (sentence, accepted types, participants (any one), date or None)
CASES = [
    # -- phone calls --
    ("Russian President Vladimir Putin held a phone call with Turkish President Recep "
     "Tayyip Erdogan on Monday.", {"PhoneCall"}, {"Vladimir Putin", "Recep Tayyip Erdogan"},
     "2026-03-09"),
    ("Chinese President Xi Jinping spoke by phone with French President Emmanuel Macron "
     "on Wednesday.", {"PhoneCall"}, {"Xi Jinping", "Emmanuel Macron"}, "2026-03-11"),
    ("South Korean President Lee Jae-myung called Japanese Prime Minister Shigeru Ishiba "
     "on Tuesday to discuss North Korea.", {"PhoneCall"}, {"Lee Jae-myung", "Shigeru Ishiba"},
     "2026-03-10"),
    ("Turkish President Recep Tayyip Erdogan discussed the situation in Gaza with Qatar's "
     "Emir Tamim bin Hamad Al Thani in a phone call on Saturday.", {"PhoneCall"},
     {"Recep Tayyip Erdogan", "Tamim bin Hamad Al Thani"}, "2026-03-07"),
    ("The Kremlin said Putin and Trump spoke by telephone for two hours on Tuesday.",
     {"PhoneCall"}, {"Putin", "Trump"}, "2026-03-10"),
    ("Kenyan President William Ruto telephoned his Ugandan counterpart Yoweri Museveni "
     "on Sunday.", {"PhoneCall"}, {"William Ruto", "Yoweri Museveni"}, "2026-03-08"),
    # -- meetings, visits, summits --
    ("Brazilian President Luiz Inacio Lula da Silva met Argentine President Javier Milei "
     "in Brasilia on Tuesday.", {"Meeting"}, {"Luiz Inacio Lula da Silva", "Javier Milei"},
     "2026-03-10"),
    ("Egyptian President Abdel Fattah al-Sisi received Palestinian President Mahmoud Abbas "
     "in Cairo on Sunday.", {"Meeting"}, {"Abdel Fattah al-Sisi", "Mahmoud Abbas"},
     "2026-03-08"),
    ("German Chancellor Friedrich Merz hosted Polish Prime Minister Donald Tusk in Berlin "
     "on Wednesday.", {"Meeting"}, {"Friedrich Merz", "Donald Tusk"}, "2026-03-11"),
    ("Japanese Foreign Minister Kenji Arakawa arrived in Seoul on Monday for talks with "
     "South Korean officials.", {"Meeting", "Negotiation"}, {"Kenji Arakawa"}, "2026-03-09"),
    ("French President Emmanuel Macron arrived in Beijing on Wednesday for a three-day "
     "state visit.", {"Meeting", "Other"}, {"Emmanuel Macron"}, "2026-03-11"),
    ("Indian Prime Minister Narendra Modi will visit Japan next week.", {"Meeting"},
     {"Narendra Modi"}, None),
    ("Finance ministers of the Group of Seven met in Ottawa on Wednesday.", {"Meeting"},
     {"Group of Seven", "G7"}, "2026-03-11"),
    ("Leaders of the African Union gathered in Addis Ababa on Sunday for a two-day summit.",
     {"Meeting"}, {"African Union"}, "2026-03-08"),
    ("Ukrainian President Volodymyr Zelensky paid a surprise visit to Warsaw on Friday, "
     "where he met Polish President Andrzej Duda.", {"Meeting"},
     {"Volodymyr Zelensky", "Andrzej Duda"}, "2026-03-06"),
    ("Vietnam's Prime Minister Pham Minh Chinh visited Canberra on Monday.", {"Meeting"},
     {"Pham Minh Chinh"}, "2026-03-09"),
    ("Nigerian President Bola Tinubu welcomed Ghana's President John Mahama to Abuja on "
     "Tuesday.", {"Meeting"}, {"Bola Tinubu", "John Mahama"}, "2026-03-10"),
    ("ASEAN leaders opened their annual summit in Kuala Lumpur on Monday.", {"Meeting"},
     {"ASEAN", "ASEAN leaders"}, "2026-03-09"),
    ("The leaders of France, Germany and Britain will meet in London on Saturday.",
     {"Meeting"}, {"France", "Germany", "Britain"}, "2026-03-14"),
    # -- negotiations --
    ("U.S. Secretary of State Marco Rubio held talks with Saudi Crown Prince Mohammed bin "
     "Salman in Riyadh on Monday.", {"Negotiation", "Meeting"},
     {"Marco Rubio", "Mohammed bin Salman"}, "2026-03-09"),
    ("Pakistan and India held a fresh round of talks on water sharing in Islamabad on "
     "Tuesday.", {"Negotiation"}, {"Pakistan", "India"}, "2026-03-10"),
    ("Iran and the United States will hold a new round of indirect talks in Oman on "
     "Saturday.", {"Negotiation"}, {"Iran", "United States"}, "2026-03-14"),
    ("Colombia's government and the ELN rebel group resumed peace talks in Caracas on "
     "Monday.", {"Negotiation"}, {"Colombia", "ELN"}, "2026-03-09"),
    ("Chinese Foreign Minister Wang Yi and his Russian counterpart Sergei Lavrov held talks "
     "in Moscow on Tuesday.", {"Negotiation", "Meeting"}, {"Wang Yi", "Sergei Lavrov"},
     "2026-03-10"),
    ("Negotiators from Sudan's army and the Rapid Support Forces met in Jeddah on Sunday "
     "for ceasefire talks.", {"Negotiation", "Meeting"},
     {"Rapid Support Forces", "Sudan"}, "2026-03-08"),
    # -- exchanges --
    ("Ukraine and Russia exchanged 150 prisoners of war on Friday, the Ukrainian president "
     "said.", {"Exchange"}, {"Ukraine", "Russia"}, "2026-03-06"),
    ("Hamas released four Israeli hostages on Saturday in exchange for 200 Palestinian "
     "prisoners held by Israel.", {"Exchange"}, {"Hamas", "Israel"}, "2026-03-07"),
    ("Russia handed over the bodies of 500 Ukrainian soldiers to Ukraine on Wednesday.",
     {"Exchange"}, {"Russia", "Ukraine"}, "2026-03-11"),
    # -- attacks --
    pytest.param("Militants from the Al-Shabaab group stormed a hotel in Mogadishu late on "
                 "Friday.", {"Attack"}, {"Al-Shabaab"}, "2026-03-06"),
    ("An Israeli airstrike on Tuesday killed three people in southern Lebanon.", {"Attack"},
     {"Israel"}, "2026-03-10"),
    ("Turkish drones struck Kurdish militant positions in northern Iraq on Sunday, the "
     "defence ministry said.", {"Attack"}, {"Turkey"}, "2026-03-08"),
    ("Russian forces launched a massive drone attack on Kyiv on Wednesday, Ukrainian "
     "officials said.", {"Attack"}, {"Russia", "Russian forces"}, "2026-03-11"),
    ("Hezbollah fired a barrage of rockets at an Israeli army base on Friday.", {"Attack"},
     {"Hezbollah"}, "2026-03-06"),
    pytest.param("Boko Haram fighters attacked a military base in northeastern Nigeria on "
                 "Monday, killing at least 20 soldiers.", {"Attack"}, {"Boko Haram"},
                 "2026-03-09"),
    ("Rebels of the M23 movement seized the town of Kalembe in eastern Congo on Saturday.",
     {"Attack"}, {"M23", "Rebels"}, "2026-03-07"),
    ("Pakistani troops clashed with Taliban fighters along the Afghan border on Tuesday.",
     {"Attack"}, {"Pakistan", "Taliban"}, "2026-03-10"),
    # the gazetteer knows armed groups the small model splits ("Islamic" as a nationality)
    ("Gunmen from the Islamic State group killed 12 villagers in Niger's "
     "Tillaberi region on Wednesday.", {"Attack"}, {"Islamic State"}, "2026-03-11"),
    # -- announcements --
    ("The European Union announced a new sanctions package against Iran on Friday.",
     {"Announcement"}, {"European Union"}, "2026-03-06"),
    ("The United States imposed sanctions on two Iranian oil companies on Tuesday.",
     {"Announcement"}, {"United States"}, "2026-03-10"),
    ("Niger's military government appointed Amadou Sani as prime minister on Saturday.",
     {"Announcement"}, {"Amadou Sani", "Niger"}, "2026-03-07"),
    ("Indonesia's parliament elected Puan Maharani as speaker on Monday.", {"Announcement"},
     {"Puan Maharani"}, "2026-03-09"),
    ("Thailand declared a state of emergency in three border provinces on Sunday.",
     {"Announcement"}, {"Thailand"}, "2026-03-08"),
    ("Israel and Hamas declared a ceasefire in Gaza on Wednesday.", {"Announcement"},
     {"Israel", "Hamas"}, "2026-03-11"),
    ("A new sanctions package against Russia was announced by the European Union on Friday.",
     {"Announcement"}, {"European Union"}, "2026-03-06"),
    # -- signings, bodies, resolutions, travel --
    ("Kenya and Tanzania signed an agreement on cross-border trade on Wednesday.", {"Other"},
     {"Kenya", "Tanzania"}, "2026-03-11"),
    ("Armenia and Azerbaijan signed a peace treaty in Washington on Friday.", {"Other"},
     {"Armenia", "Azerbaijan"}, "2026-03-06"),
    ("Japan and the Philippines signed a defence pact in Manila on Tuesday.", {"Other"},
     {"Japan", "Philippines"}, "2026-03-10"),
    ("The UN Security Council adopted a resolution on Monday demanding a halt to fighting "
     "in Sudan.", {"Other"}, {"UN Security Council", "Security Council"}, "2026-03-09"),
    ("Spanish Prime Minister Pedro Sanchez travelled to Morocco on Monday.", {"Other"},
     {"Pedro Sanchez"}, "2026-03-09"),
    ("Azerbaijani President Ilham Aliyev and Armenian Prime Minister Nikol Pashinyan "
     "initialed a peace agreement on Friday.", {"Other"}, {"Ilham Aliyev", "Nikol Pashinyan"},
     "2026-03-06"),
    ("The Turkish parliament ratified Sweden's membership of the alliance on Tuesday.",
     {"Other"}, {"Turkey"}, "2026-03-10"),
    ("The Government of Lesotho and the World Bank signed a $50 million financing agreement "
     "on Thursday.", {"Other"}, {"Lesotho"}, "2026-03-12"),
    # -- more wire kinds: clashes, arrests, truces, elections, sanctions, shelling --
    ("Protesters clashed with security forces in the Kenyan capital on Saturday.", {"Attack"},
     {"Protesters"}, "2026-03-07"),
    ("Police in Dhaka arrested opposition leader Rahim Chowdhury on Sunday.", {"Other"},
     {"Rahim Chowdhury"}, "2026-03-08"),
    ("Venezuelan authorities detained three American citizens on Wednesday.", {"Other"},
     {"Venezuela"}, "2026-03-11"),
    ("Israel and Hamas agreed to a ceasefire on Wednesday after two weeks of fighting.",
     {"Announcement"}, {"Israel", "Hamas"}, "2026-03-11"),
    ("Ghana held presidential elections on Saturday.", {"Other"}, {"Ghana"}, "2026-03-07"),
    ("The European Union imposed new sanctions on Belarus on Monday.", {"Announcement"},
     {"European Union"}, "2026-03-09"),
    ("A new sanctions package against Russia was announced on Friday.", {"Announcement"},
     {"Russia"}, "2026-03-06"),
    ("Hezbollah said it fired rockets at an Israeli army base on Friday.", {"Attack"},
     {"Hezbollah"}, "2026-03-06"),
    ("Russian missiles hit the Ukrainian city of Odesa on Tuesday, killing four people.",
     {"Attack"}, {"Russia"}, "2026-03-10"),
    ("Sudan's army shelled residential areas of Omdurman on Thursday, activists said.",
     {"Attack"}, {"Sudan"}, "2026-03-12"),
    ("Kenyan President William Ruto hosted his Somali counterpart Hassan Sheikh Mohamud at "
     "State House in Nairobi on Monday.", {"Meeting"}, {"William Ruto"}, "2026-03-09"),
    ("Turkish Foreign Minister Hakan Fidan is expected to visit Damascus on Sunday.",
     {"Meeting"}, {"Hakan Fidan"}, "2026-03-15"),
    ("Prime Minister Mark Carney received a delegation led by Chinese Vice Premier He Lifeng "
     "on Monday.", {"Meeting"}, {"Mark Carney", "He Lifeng"}, "2026-03-09"),
    ("The President hosted a working dinner for NATO Secretary General Mark Rutte on Tuesday.",
     {"Meeting"}, {"Mark Rutte"}, "2026-03-10"),
    ("Foreign ministers of the Arab League convened an emergency meeting in Cairo on Sunday.",
     {"Meeting"}, {"Arab League"}, "2026-03-08"),
    ("Rebel commander Ali Hassan, 22, died in a gunfight with the army on Friday.",
     {"Attack"}, {"Ali Hassan"}, "2026-03-06"),
    ("Thousands attended the funeral of Ali Hassan, which was held in his hometown of Tral on "
     "Saturday.", {"Other"}, {"Ali Hassan"}, "2026-03-07"),
    ("Ghanaian President John Mahama attended the inauguration of Senegal's President Bassirou "
     "Diomaye Faye in Dakar on Tuesday.", {"Other"}, {"Bassirou Diomaye Faye"}, "2026-03-10"),
    ("Today, the United States and the European Union signed an administrative arrangement "
     "on research.", {"Other"}, {"United States", "European Union"}, "2026-03-12"),
    ("Kenyan President William Ruto plans to visit Uganda on Monday.", {"Meeting"},
     {"William Ruto"}, "2026-03-16"),
    # -- days: a past event's day without a year is not a later one; a range's start --
    ("Putin and Trump met in Anchorage, Alaska, on August 15.", {"Meeting"},
     {"Putin", "Trump"}, "2025-08-15"),
    ("Russia launched its full-scale invasion of Ukraine on February 24, 2022.", {"Attack"},
     {"Russia"}, "2022-02-24"),
    ("Ethiopia and Somalia agreed on Wednesday to restore full diplomatic relations "
     "following talks in Ankara.", {"Negotiation"}, {"Ethiopia", "Somalia"}, "2026-03-11"),
    ("Prime Minister Karim Haddad paid an official visit to Ankara on 4-5 March.",
     {"Meeting"}, {"Karim Haddad"}, "2026-03-04"),
]

#: Round 3: wire kinds the cases above lacked (protests, work strikes, sieges,
#: evacuations, votes, expulsions, aid, deployments, truce violations, trips), and more
#: summits, talks, signings, sanctions, visits and calls. Protests, strikes, evacuations,
#: votes, aid deliveries, deployments and trips are ``Other``; expelling diplomats or
#: ordering them out is an issued order (``Announcement``), as sanctions are; breaking a
#: truce, opening fire and sieges are attacks.
WIRE_KINDS = [
    # -- protests --
    ("Thousands of protesters marched through central Belgrade on Saturday to demand the "
     "resignation of the prime minister.", {"Other"}, {"protesters", "Thousands of protesters"},
     "2026-03-07"),
    ("Supporters of the opposition Democratic Party staged a rally outside parliament in "
     "Tirana on Monday.", {"Other"}, {"Democratic Party"}, "2026-03-09"),
    ("Hundreds of doctors protested outside the Health Ministry in Lagos on Thursday over "
     "unpaid salaries.", {"Other"}, {"doctors", "Hundreds of doctors"}, "2026-03-12"),
    ("Students demonstrated outside the Education Ministry in Dhaka on Wednesday.", {"Other"},
     {"Students"}, "2026-03-11"),
    ("Tens of thousands of Georgians rallied in Tbilisi on Sunday against the government.",
     {"Other"}, {"Georgia", "Georgians"}, "2026-03-08"),
    ("Opposition supporters took to the streets of Kinshasa on Saturday to protest the "
     "election results.", {"Other"}, {"Opposition supporters"}, "2026-03-07"),
    ("Thousands of Israelis demonstrated in Tel Aviv on Saturday night, demanding a hostage "
     "deal.", {"Other"}, {"Israel", "Israelis"}, "2026-03-07"),
    # -- clashes, sieges, truce violations, firing on crowds --
    ("Sudanese security forces opened fire on protesters in Khartoum on Sunday, killing five "
     "people.", {"Attack"}, {"Sudanese security forces", "Sudan"}, "2026-03-08"),
    ("Kenyan police fired tear gas at demonstrators in Nairobi on Tuesday.", {"Attack"},
     {"Kenyan police", "Kenya"}, "2026-03-10"),
    ("Fighting broke out between the army and the Rapid Support Forces in Khartoum on "
     "Saturday.", {"Attack"}, {"Rapid Support Forces"}, "2026-03-07"),
    ("Clashes between Armenian and Azerbaijani forces on Tuesday left two soldiers dead.",
     {"Attack"}, {"Armenia", "Azerbaijan", "Azerbaijani forces"}, "2026-03-10"),
    ("Rapid Support Forces fighters besieged the city of El Fasher on Sunday.", {"Attack"},
     {"Rapid Support Forces"}, "2026-03-08"),
    ("Russian forces laid siege to the town of Avdiivka on Monday.", {"Attack"},
     {"Russia", "Russian forces"}, "2026-03-09"),
    ("Israel accused Hezbollah of violating the truce on Tuesday.", {"Attack"}, {"Hezbollah"},
     "2026-03-10"),
    ("Ukraine accused Russia of breaking the Easter truce on Sunday.", {"Attack"}, {"Russia"},
     "2026-03-08"),
    ("Pakistan said Indian troops violated the ceasefire along the Line of Control on "
     "Wednesday.", {"Attack"}, {"India", "Indian troops"}, "2026-03-11"),
    # -- arrests --
    ("Iranian authorities arrested a British-Iranian dual national in Tehran on Sunday.",
     {"Other"}, {"Iran"}, "2026-03-08"),
    ("Opposition leader Kizza Besigye was arrested in Nairobi on Saturday.", {"Other"},
     {"Kizza Besigye"}, "2026-03-07"),
    # -- work strikes --
    ("The Nigeria Labour Congress began a nationwide strike on Tuesday over the minimum wage.",
     {"Other"}, {"Nigeria Labour Congress", "Congress", "Nigeria"}, "2026-03-10"),
    ("Workers at Samsung Electronics went on strike on Monday for the first time.", {"Other"},
     {"Samsung Electronics"}, "2026-03-09"),
    ("Teachers in Buenos Aires went on a 48-hour strike on Wednesday.", {"Other"},
     {"Teachers"}, "2026-03-11"),
    # -- evacuations --
    ("India evacuated 300 of its nationals from Sudan on Sunday.", {"Other"}, {"India"},
     "2026-03-08"),
    ("The United Nations evacuated its international staff from Port-au-Prince on Friday.",
     {"Other"}, {"United Nations"}, "2026-03-06"),
    # -- elections and votes --
    ("Chile held a referendum on a new constitution on Sunday.", {"Other"}, {"Chile"},
     "2026-03-08"),
    ("The Slovak parliament voted on Wednesday to dismiss the foreign minister.", {"Other"},
     {"Slovakia"}, "2026-03-11"),
    ("The UN General Assembly voted on Wednesday to demand an immediate ceasefire in Gaza.",
     {"Other"}, {"United Nations", "UN General Assembly"}, "2026-03-11"),
    # -- summits and talks --
    ("Leaders of the Gulf Cooperation Council held their annual summit in Kuwait on Sunday.",
     {"Meeting"}, {"Gulf Cooperation Council"}, "2026-03-08"),
    ("NATO leaders will hold a summit in The Hague on Wednesday.", {"Meeting"}, {"NATO"},
     "2026-03-18"),
    ("Serbia and Kosovo held EU-mediated talks in Brussels on Monday.", {"Negotiation"},
     {"Serbia", "Kosovo"}, "2026-03-09"),
    ("The United States and China began two days of trade negotiations in Geneva on "
     "Saturday.", {"Negotiation"}, {"United States", "China"}, "2026-03-07"),
    # -- treaty signings --
    ("Uzbekistan and Kazakhstan signed a border demarcation treaty in Tashkent on Tuesday.",
     {"Other"}, {"Uzbekistan", "Kazakhstan"}, "2026-03-10"),
    # -- sanctions and expulsions --
    ("Britain slapped sanctions on five Russian oligarchs on Tuesday.", {"Announcement"},
     {"United Kingdom", "Britain"}, "2026-03-10"),
    ("The U.S. Treasury Department sanctioned three Iranian officials on Monday.",
     {"Announcement"}, {"Treasury Department"}, "2026-03-09"),
    ("Washington blacklisted two Chinese firms on Friday.", {"Announcement"},
     {"United States"}, "2026-03-06"),
    ("Poland expelled two Russian diplomats on Monday.", {"Announcement"}, {"Poland"},
     "2026-03-09"),
    ("Lithuania ordered the Russian ambassador to leave the country on Monday.",
     {"Announcement"}, {"Lithuania"}, "2026-03-09"),
    # -- aid deliveries and deployments --
    ("The World Health Organization delivered medical supplies to hospitals in Gaza on "
     "Tuesday.", {"Other"}, {"World Health Organization"}, "2026-03-10"),
    ("Turkey sent two planes carrying humanitarian aid to Syria on Monday.", {"Other"},
     {"Turkey"}, "2026-03-09"),
    ("Jordan airdropped food aid into northern Gaza on Tuesday.", {"Other"}, {"Jordan"},
     "2026-03-10"),
    ("The United States deployed two destroyers to the Red Sea on Saturday.", {"Other"},
     {"United States"}, "2026-03-07"),
    ("Britain will send 500 troops to Estonia next month.", {"Other"},
     {"United Kingdom", "Britain"}, None),
    # -- visits, trips and calls --
    ("Indian Prime Minister Narendra Modi began a two-day visit to Ghana on Wednesday.",
     {"Meeting"}, {"Narendra Modi"}, "2026-03-11"),
    ("Hungarian Prime Minister Viktor Orban made a surprise trip to Moscow on Friday.",
     {"Other", "Meeting"}, {"Viktor Orban"}, "2026-03-06"),
    ("In a call on Sunday, Saudi Foreign Minister Prince Faisal bin Farhan and his Iranian "
     "counterpart Abbas Araqchi discussed regional tensions.", {"PhoneCall"},
     {"Abbas Araqchi"}, "2026-03-08"),
    ("Japanese Prime Minister Shigeru Ishiba held a phone call with Chinese Premier Li Qiang "
     "on Tuesday.", {"PhoneCall"}, {"Shigeru Ishiba", "Li Qiang"}, "2026-03-10"),
    # -- a third batch, written after the rules above (a held-out check of them) --
    ("U.S. President Donald Trump and Chinese President Xi Jinping spoke on Friday, the White "
     "House said.", {"PhoneCall"}, {"Donald Trump", "Xi Jinping"}, "2026-03-06"),
    ("Azerbaijani and Armenian forces exchanged fire along the border on Monday.", {"Attack"},
     {"Armenian forces", "Armenia", "Azerbaijan"}, "2026-03-09"),
    ("Myanmar's junta extended the state of emergency by six months on Wednesday.",
     {"Announcement"}, {"Myanmar"}, "2026-03-11"),
    ("Chinese coast guard ships fired water cannon at a Philippine supply boat on Saturday.",
     {"Attack"}, {"China"}, "2026-03-07"),
    ("Somali forces recaptured the town of Adan Yabaal from al-Shabaab on Saturday.",
     {"Attack"}, {"Somali forces", "Somalia"}, "2026-03-07"),
    ("Hamas handed over the bodies of four hostages to the Red Cross on Thursday.",
     {"Exchange"}, {"Hamas"}, "2026-03-12"),
    ("The Indian navy deployed warships to the Arabian Sea on Tuesday.", {"Other"},
     {"Indian navy", "India"}, "2026-03-10"),
    ("Protesters stormed the parliament building in Nairobi on Tuesday.", {"Attack"},
     {"Protesters"}, "2026-03-10"),
]
CASES += WIRE_KINDS


@pytest.mark.model
def test_who_reports_the_news_takes_no_part_in_it(extract):
    facts = extract("The Venezuelan government and the opposition will resume talks in "
                    "Barbados next week, Norway's foreign ministry said.", PUB)
    talks = [e for e in facts.events if e.type == "Negotiation"]
    assert talks and all("Norway" not in e.participants for e in talks)
    assert all(e.date is None for e in talks)  # "next week" names no day


def _norm(name: str) -> str:
    s = re.sub(r"[^\w\s]", " ", name.lower())
    s = re.sub(r"\s+", " ", s).strip()
    return s[4:] if s.startswith("the ") else s


def _found(facts, types, participants, day) -> bool:
    aliases = {_norm(a.name): {_norm(a.name)} | {_norm(x) for x in a.aliases}
               for a in facts.actors}
    wanted = {_norm(p) for p in participants}
    for ev in facts.events:
        if ev.type not in types or (day is not None and ev.date != day):
            continue
        if any((aliases.get(_norm(p)) or {_norm(p)}) & wanted for p in ev.participants):
            return True
    return False


@pytest.mark.model
@pytest.mark.parametrize(("text", "types", "participants", "day"), CASES,
                         ids=[(c.values if hasattr(c, "values") else c)[0][:48]
                              for c in CASES])
def test_wire_report_gives_its_event(extract, text, types, participants, day):
    facts = extract(text, PUB)
    assert _found(facts, types, participants, day), [
        (e.type, e.participants, e.date) for e in facts.events]


def test_wire_cases_cover_every_event_type():
    covered = set().union(*((c.values if hasattr(c, "values") else c)[1] for c in CASES))
    assert covered == {"PhoneCall", "Meeting", "Negotiation", "Exchange", "Attack",
                       "Announcement", "Other"}
    assert len(CASES) >= 40
    assert len(WIRE_KINDS) >= 40


# -- the verb frames the wire cases need, on hand-built Docs (no model) --

#: Invented actors of the hand-built sentences, by type.
TYPES = {"Ilves": "Person", "Oduya": "Person", "Varnia": "Country", "Ostland": "Country",
         "Front": "Organization", "Protesters": "Group"}


@pytest.fixture(scope="module")
def vocab():
    return spacy.blank("en").vocab


def parse(vocab, rows, ents=None):
    """A Doc from (word, head index, dep, pos, lemma) rows."""
    words, heads, deps, pos, lemmas = zip(*rows, strict=True)
    return Doc(vocab, words=list(words), heads=list(heads), deps=list(deps), pos=list(pos),
               lemmas=list(lemmas), ents=ents)


def types_of(tok):
    return [TYPES[t.text] for t in (tok, *tok.conjuncts) if t.text in TYPES]


def frame_of(doc, i):
    found = match_frame(doc[i], types_of, None, FRAMES)
    return (found[0], found[1].id) if found else None


def test_telephoning_a_person_is_a_call_telephoning_nobody_named_is_not(vocab):
    doc = parse(vocab, [("Ilves", 1, "nsubj", "PROPN", "Ilves"),
                        ("telephoned", 1, "ROOT", "VERB", "telephone"),
                        ("Oduya", 1, "dobj", "PROPN", "Oduya"), (".", 1, "punct", "PUNCT", ".")])
    assert frame_of(doc, 1) == ("PhoneCall", "telephone")
    doc = parse(vocab, [("he", 1, "nsubj", "PRON", "he"),
                        ("telephoned", 1, "ROOT", "VERB", "telephone"),
                        ("home", 1, "advmod", "ADV", "home"), (".", 1, "punct", "PUNCT", ".")])
    assert frame_of(doc, 1) is None


def test_clashing_with_a_named_force_is_an_attack_with_critics_is_not(vocab):
    # Protesters clashed with the Front .
    doc = parse(vocab, [("Protesters", 1, "nsubj", "NOUN", "protester"),
                        ("clashed", 1, "ROOT", "VERB", "clash"), ("with", 1, "prep", "ADP", "with"),
                        ("the", 4, "det", "DET", "the"), ("Front", 2, "pobj", "PROPN", "Front"),
                        (".", 1, "punct", "PUNCT", ".")])
    assert frame_of(doc, 1) == ("Attack", "clash-with")
    # the plan clashed with the budget .
    doc = parse(vocab, [("the", 1, "det", "DET", "the"), ("plan", 2, "nsubj", "NOUN", "plan"),
                        ("clashed", 2, "ROOT", "VERB", "clash"), ("with", 2, "prep", "ADP", "with"),
                        ("the", 5, "det", "DET", "the"), ("budget", 3, "pobj", "NOUN", "budget"),
                        (".", 2, "punct", "PUNCT", ".")])
    assert frame_of(doc, 2) is None


def test_seizing_a_town_is_an_attack_seizing_assets_is_not(vocab):
    # the Front seized the town .
    rows = [("the", 1, "det", "DET", "the"), ("Front", 2, "nsubj", "PROPN", "Front"),
            ("seized", 2, "ROOT", "VERB", "seize"), ("the", 4, "det", "DET", "the"),
            ("town", 2, "dobj", "NOUN", "town"), (".", 2, "punct", "PUNCT", ".")]
    assert frame_of(parse(vocab, rows), 2) == ("Attack", "take-ground")
    rows[4] = ("assets", 2, "dobj", "NOUN", "asset")
    assert frame_of(parse(vocab, rows), 2) is None


def test_missiles_hitting_a_country_are_an_attack_tariffs_are_not(vocab):
    # Varnian missiles hit Ostland .
    rows = [("Varnia", 1, "amod", "PROPN", "Varnia"), ("missiles", 2, "nsubj", "NOUN", "missile"),
            ("hit", 2, "ROOT", "VERB", "hit"), ("Ostland", 2, "dobj", "PROPN", "Ostland"),
            (".", 2, "punct", "PUNCT", ".")]
    assert frame_of(parse(vocab, rows), 2) == ("Attack", "weapon-hits")
    rows[1] = ("tariffs", 2, "nsubj", "NOUN", "tariff")
    assert frame_of(parse(vocab, rows), 2) is None


def test_arresting_a_named_person_is_an_event_arresting_a_decline_is_not(vocab):
    rows = [("police", 1, "nsubj", "NOUN", "police"), ("arrested", 1, "ROOT", "VERB", "arrest"),
            ("Ilves", 1, "dobj", "PROPN", "Ilves"), (".", 1, "punct", "PUNCT", ".")]
    assert frame_of(parse(vocab, rows), 1) == ("Other", "arrest")
    rows[2] = ("decline", 1, "dobj", "NOUN", "decline")
    assert frame_of(parse(vocab, rows), 1) is None


def test_a_truce_agreed_on_a_day_is_an_announcement_an_undated_one_is_not(vocab):
    # Varnia and Ostland agreed to a truce on Monday .
    rows = [("Varnia", 3, "nsubj", "PROPN", "Varnia"), ("and", 0, "cc", "CCONJ", "and"),
            ("Ostland", 0, "conj", "PROPN", "Ostland"), ("agreed", 3, "ROOT", "VERB", "agree"),
            ("to", 3, "prep", "ADP", "to"), ("a", 6, "det", "DET", "a"),
            ("truce", 4, "pobj", "NOUN", "truce"), ("on", 3, "prep", "ADP", "on"),
            ("Monday", 7, "pobj", "PROPN", "Monday"), (".", 3, "punct", "PUNCT", ".")]
    ents = ["O"] * 8 + ["B-DATE", "O"]
    assert frame_of(parse(vocab, rows, ents), 3) == ("Announcement", "agree-truce")
    # ... "the leaders agreed to a truce" in a readout of their call: part of the call
    assert frame_of(parse(vocab, [*rows[:7], (".", 3, "punct", "PUNCT", ".")]), 3) is None


def test_holding_or_winning_an_election_is_other_holding_a_view_is_not(vocab):
    rows = [("Varnia", 1, "nsubj", "PROPN", "Varnia"), ("held", 1, "ROOT", "VERB", "hold"),
            ("elections", 1, "dobj", "NOUN", "election"), (".", 1, "punct", "PUNCT", ".")]
    assert frame_of(parse(vocab, rows), 1) == ("Other", "hold-vote")
    rows[1] = ("won", 1, "ROOT", "VERB", "win")
    assert frame_of(parse(vocab, rows), 1) == ("Other", "win-vote")
    rows[2] = ("praise", 1, "dobj", "NOUN", "praise")
    assert frame_of(parse(vocab, rows), 1) is None


def test_leaders_gathering_at_a_place_meet_protesters_gathering_do_not(vocab):
    # Ilves and Oduya gathered in Tallport .
    rows = [("Ilves", 3, "nsubj", "PROPN", "Ilves"), ("and", 0, "cc", "CCONJ", "and"),
            ("Oduya", 0, "conj", "PROPN", "Oduya"), ("gathered", 3, "ROOT", "VERB", "gather"),
            ("in", 3, "prep", "ADP", "in"), ("Tallport", 4, "pobj", "PROPN", "Tallport"),
            (".", 3, "punct", "PUNCT", ".")]
    assert frame_of(parse(vocab, rows), 3) == ("Meeting", "gather-at")
    rows[0] = ("Protesters", 3, "nsubj", "NOUN", "protester")
    rows[2] = ("students", 0, "conj", "NOUN", "student")
    assert frame_of(parse(vocab, rows), 3) is None


def test_imposing_sanctions_is_an_announcement(vocab):
    rows = [("Varnia", 1, "nsubj", "PROPN", "Varnia"), ("imposed", 1, "ROOT", "VERB", "impose"),
            ("sanctions", 1, "dobj", "NOUN", "sanction"), ("on", 1, "prep", "ADP", "on"),
            ("Ostland", 3, "pobj", "PROPN", "Ostland"), (".", 1, "punct", "PUNCT", ".")]
    assert frame_of(parse(vocab, rows), 1) == ("Announcement", "declare")
    rows[2] = ("costs", 1, "dobj", "NOUN", "cost")
    assert frame_of(parse(vocab, rows), 1) is None


# -- precision on unseen statements (found auditing bench texts) --

@pytest.mark.model
@pytest.mark.parametrize("text", [
    "In 1968, Maria Soto helped lead the Varnia sanitation workers strike.",
    "Dock workers in Tallport went on strike on Monday, the Varnian union said.",
    "We reiterate our call on the Varnian authorities to stop enabling the war.",
])
def test_a_labour_strike_or_a_call_on_someone_is_no_event(extract, text):
    facts = extract(text, PUB)
    assert not [e for e in facts.events if e.type in ("Attack", "PhoneCall")]


@pytest.mark.model
def test_who_condemns_an_attack_did_not_attack(extract):
    facts = extract("Germany condemned the Russian attack on Kyiv on Monday.", PUB)
    attacks = [e for e in facts.events if e.type == "Attack"]
    assert attacks and all("Germany" not in e.participants for e in attacks)
    assert "Russia" in attacks[0].participants


@pytest.mark.model
def test_an_event_dated_by_last_week_has_no_day(extract):
    facts = extract("Kenyan President William Ruto said last week's meeting with Ugandan "
                    "President Yoweri Museveni in Kampala on trade had gone well.", PUB)
    meetings = [e for e in facts.events if e.type == "Meeting"]
    assert meetings and all(e.date is None for e in meetings)


@pytest.mark.model
def test_a_funeral_only_mentioned_is_undated_and_an_unnamed_ones_is_no_event(extract):
    facts = extract("Officials fear unrest after the funeral.", PUB)
    assert not [e for e in facts.events if e.type == "Other"]


@pytest.mark.model
def test_a_test_met_with_a_response_is_no_meeting_a_visitor_met_by_a_host_is(extract):
    facts = extract("The leaders warned that a Varnian nuclear test would be met with a strong "
                    "response from the international community.", PUB)
    assert not [e for e in facts.events if e.type == "Meeting"]
    facts = extract("President Ilves was met by Chancellor Marek at the airport on Monday.", PUB)
    assert [(e.type, e.date) for e in facts.events] == [("Meeting", "2026-03-09")]


@pytest.mark.model
def test_hosting_talks_is_no_meeting_of_its_own(extract):
    facts = extract("Tallport has offered to host the next round of talks between Varnia "
                    "and Ostland.", PUB)
    assert not [e for e in facts.events if e.type == "Meeting"]


@pytest.mark.model
def test_captives_freed_in_an_amnesty_are_no_exchange_freed_in_a_swap_are(extract):
    facts = extract("Varnia's military freed 3,000 prisoners on Thursday in an amnesty.", PUB)
    assert not [e for e in facts.events if e.type == "Exchange"]
    facts = extract("Hamas released four hostages on Saturday in exchange for 200 prisoners "
                    "held by Israel.", PUB)
    assert [e.type for e in facts.events] == ["Exchange"]


# -- round 3: the frames of the new wire kinds, on hand-built Docs (no model) --

def _sentence(vocab, words, dated=False):
    """A Doc of "<subject> <verb> [<object>] [on Monday] ." from (word, lemma, dep,
    head offset) rows: heads are given relative to the verb at index 1."""
    rows = [(w, 1 + h if dep != "ROOT" else 1, dep, pos, lemma)
            for w, lemma, dep, pos, h in words]
    ents = None
    if dated:
        n = len(rows)
        rows += [("on", 1, "prep", "ADP", "on"), ("Monday", n, "pobj", "PROPN", "Monday")]
        ents = ["O"] * n + ["O", "B-DATE"]
    rows.append((".", 1, "punct", "PUNCT", "."))
    return parse(vocab, rows, [*ents, "O"] if ents else None)


def _subj(word, lemma=None, pos="PROPN"):
    return (word, lemma or word, "nsubj", pos, 0)


def _verb(word, lemma):
    return (word, lemma, "ROOT", "VERB", 0)


def _obj(word, lemma=None, pos="NOUN"):
    return (word, lemma or word, "dobj", pos, 0)


@pytest.mark.parametrize(("words", "dated", "expected"), [
    # protests: told with their day; "demonstrated its resolve" is no protest
    ([_subj("Protesters", "protester", "NOUN"), _verb("marched", "march")], True,
     ("Other", "protest")),
    ([_subj("Protesters", "protester", "NOUN"), _verb("marched", "march")], False, None),
    ([_subj("Varnia"), _verb("demonstrated", "demonstrate"), _obj("resolve")], True, None),
    ([_subj("Protesters", "protester", "NOUN"), _verb("protested", "protest"),
      _obj("ruling")], True, ("Other", "protest-against")),
    # evacuating, voting, deploying forces: what the subject does
    ([_subj("Varnia"), _verb("evacuated", "evacuate"), _obj("staff")], False,
     ("Other", "evacuate")),
    ([_subj("residents", "resident", "NOUN"), _verb("evacuated", "evacuate")], False, None),
    ([_subj("Varnia"), _verb("voted", "vote")], False, ("Other", "vote")),
    ([_subj("Varnia"), _verb("deployed", "deploy"), _obj("troops", "troop")], False,
     ("Other", "deploy")),
    ([_subj("Varnia"), _verb("deployed", "deploy"), _obj("resources", "resource")], False,
     None),
    # sanctioning someone, with its day; "sanctioned the use of force" approves it
    ([_subj("Varnia"), _verb("sanctioned", "sanction"), _obj("officials", "official")], True,
     ("Announcement", "sanction")),
    ([_subj("Varnia"), _verb("sanctioned", "sanction"), _obj("officials", "official")], False,
     None),
    ([_subj("Varnia"), _verb("sanctioned", "sanction"), _obj("use")], True, None),
    # expelling diplomats, not students
    ([_subj("Varnia"), _verb("expelled", "expel"), _obj("diplomats", "diplomat")], False,
     ("Announcement", "expel")),
    ([_subj("Varnia"), _verb("expelled", "expel"), _obj("students", "student")], False, None),
    # aid delivered on a day, not a speech
    ([_subj("Varnia"), _verb("delivered", "deliver"), _obj("aid")], True,
     ("Other", "deliver-aid")),
    ([_subj("Varnia"), _verb("delivered", "deliver"), _obj("speech")], True, None),
    # breaking a truce, opening fire: attacks; breaking the law, opening talks: none
    ([_subj("Front"), _verb("violated", "violate"), _obj("truce")], False,
     ("Attack", "violate-truce")),
    ([_subj("Front"), _verb("violated", "violate"), _obj("law")], False, None),
    ([_subj("Front"), _verb("opened", "open"), _obj("fire")], False, ("Attack", "open-fire")),
    ([_subj("Front"), _verb("opened", "open"), _obj("talks", "talk")], False, None),
])
def test_round3_wire_frames(vocab, words, dated, expected):
    assert frame_of(_sentence(vocab, words, dated), 1) == expected


def test_an_order_to_someone_told_with_its_day_is_an_announcement(vocab):
    # Varnia ordered Ilves to leave on Monday .  (the day hangs on "leave")
    rows = [("Varnia", 1, "nsubj", "PROPN", "Varnia"), ("ordered", 1, "ROOT", "VERB", "order"),
            ("Ilves", 1, "dobj", "PROPN", "Ilves"), ("to", 4, "aux", "PART", "to"),
            ("leave", 1, "xcomp", "VERB", "leave"), ("on", 4, "prep", "ADP", "on"),
            ("Monday", 5, "pobj", "PROPN", "Monday"), (".", 1, "punct", "PUNCT", ".")]
    ents = ["O"] * 6 + ["B-DATE", "O"]
    assert frame_of(parse(vocab, rows, ents), 1) == ("Announcement", "order")
    # ... "Varnia ordered pizza on Monday": nothing ordered of anyone
    rows = [rows[0], rows[1], ("pizza", 1, "dobj", "NOUN", "pizza"), ("on", 1, "prep", "ADP", "on"),
            ("Monday", 3, "pobj", "PROPN", "Monday"), (".", 1, "punct", "PUNCT", ".")]
    assert frame_of(parse(vocab, rows, ["O"] * 4 + ["B-DATE", "O"]), 1) is None


def test_taking_to_the_streets_is_a_protest_taking_to_the_stage_is_not(vocab):
    rows = [("Protesters", 1, "nsubj", "NOUN", "protester"), ("took", 1, "ROOT", "VERB", "take"),
            ("to", 1, "prep", "ADP", "to"), ("the", 4, "det", "DET", "the"),
            ("streets", 2, "pobj", "NOUN", "street"), ("on", 1, "prep", "ADP", "on"),
            ("Monday", 5, "pobj", "PROPN", "Monday"), (".", 1, "punct", "PUNCT", ".")]
    ents = ["O"] * 6 + ["B-DATE", "O"]
    assert frame_of(parse(vocab, rows, ents), 1) == ("Other", "take-to-streets")
    rows[4] = ("stage", 2, "pobj", "NOUN", "stage")
    assert frame_of(parse(vocab, rows, ents), 1) is None


def test_who_is_accused_of_violating_a_truce_violated_it(vocab):
    # Varnia accused the Front of violating the truce .
    rows = [("Varnia", 1, "nsubj", "PROPN", "Varnia"), ("accused", 1, "ROOT", "VERB", "accuse"),
            ("Front", 1, "dobj", "PROPN", "Front"), ("of", 1, "prep", "ADP", "of"),
            ("violating", 3, "pcomp", "VERB", "violate"), ("the", 6, "det", "DET", "the"),
            ("truce", 4, "dobj", "NOUN", "truce"), (".", 1, "punct", "PUNCT", ".")]
    doc = parse(vocab, rows)
    assert frame_of(doc, 4) == ("Attack", "violate-truce")
    frame = next(f for f in FRAMES if f.id == "violate-truce")
    assert [t.text for t in arguments(doc[4], frame)] == ["Front"]
    # ... "Varnia praised the Front for respecting the truce": nobody accused
    rows[1] = ("praised", 1, "ROOT", "VERB", "praise")
    rows[3] = ("for", 1, "prep", "ADP", "for")
    assert arguments(parse(vocab, rows)[4], frame) == []


@pytest.mark.model
def test_a_strike_staged_is_a_stoppage_a_strike_launched_is_an_attack(extract):
    facts = extract("Varnian dock workers staged a strike in Tallport on Monday.", PUB)
    assert [e.type for e in facts.events] == ["Other"]
    facts = extract("Varnia launched a strike on Ostland's army on Monday.", PUB)
    assert "Attack" in [e.type for e in facts.events]


@pytest.mark.model
def test_protests_someone_follows_are_not_theirs(extract):
    facts = extract("President Ilves said he would be following the planned protests in "
                    "Tallport closely.", PUB)
    assert not [e for e in facts.events if e.type == "Other"]
    facts = extract("The Varnia Freedom Party staged a protest in Tallport on Monday.", PUB)
    assert [e.type for e in facts.events] == ["Other"]


@pytest.mark.model
def test_a_crowd_that_protests_is_a_group_one_that_rallies_support_is_not(extract):
    facts = extract("Thousands of farmers protested in Tallport on Monday.", PUB)
    assert any(a.name == "farmers" and a.type == "Group" and "Thousands of farmers" in a.aliases
               for a in facts.actors)
    facts = extract("Ministers rallied support for the Varnian budget on Monday.", PUB)
    assert not facts.events


@pytest.mark.parametrize(("verb", "lemma", "noun", "noun_lemma", "expected"), [
    # signing an order issues it; signing a declaration or a letter of intent is a signing
    ("signed", "sign", "order", "order", ("Announcement", "sign-order")),
    ("signed", "sign", "declaration", "declaration", ("Other", "sign")),
    ("signed", "sign", "letter", "letter", ("Other", "sign")),
    # issuing a rule is an issued act; issuing a warning is none
    ("issued", "issue", "rule", "rule", ("Announcement", "issue-order")),
    ("issued", "issue", "warning", "warning", None),
])
def test_what_is_signed_or_issued_says_the_event(vocab, verb, lemma, noun, noun_lemma, expected):
    words = [_subj("Ilves"), _verb(verb, lemma), _obj(noun, noun_lemma)]
    assert frame_of(_sentence(vocab, words), 1) == expected


def test_an_event_noun_dated_at_the_weekend_has_no_day_one_on_monday_has(vocab):
    from datetime import date

    from kg.extractors.events import _dated_vaguely

    # a drone strike at the weekend
    rows = [("a", 2, "det", "DET", "a"), ("drone", 2, "compound", "NOUN", "drone"),
            ("strike", 2, "ROOT", "NOUN", "strike"), ("at", 2, "prep", "ADP", "at"),
            ("the", 5, "det", "DET", "the"), ("weekend", 3, "pobj", "NOUN", "weekend")]
    doc = parse(vocab, rows, ["O"] * 4 + ["B-DATE", "I-DATE"])
    assert _dated_vaguely(doc[2], date(2026, 3, 12))
    rows[3:] = [("on", 2, "prep", "ADP", "on"), ("Monday", 3, "pobj", "PROPN", "Monday")]
    doc = parse(vocab, rows, ["O"] * 4 + ["B-DATE"])
    assert not _dated_vaguely(doc[2], date(2026, 3, 12))


@pytest.mark.model
def test_visiting_a_site_is_travel_visiting_a_country_a_meeting(extract):
    facts = extract("President Ilves visited the scene of the attack on Monday.", PUB)
    assert [(e.type, e.date) for e in facts.events] == [("Other", "2026-03-09")]
    facts = extract("President Ilves visited Kenya on Monday.", PUB)
    assert [(e.type, e.date) for e in facts.events] == [("Meeting", "2026-03-09")]


def test_two_people_who_spoke_on_a_day_had_a_call_two_who_spoke_had_none(vocab):
    # Ilves and Oduya spoke on Monday .
    rows = [("Ilves", 3, "nsubj", "PROPN", "Ilves"), ("and", 0, "cc", "CCONJ", "and"),
            ("Oduya", 0, "conj", "PROPN", "Oduya"), ("spoke", 3, "ROOT", "VERB", "speak"),
            ("on", 3, "prep", "ADP", "on"), ("Monday", 4, "pobj", "PROPN", "Monday"),
            (".", 3, "punct", "PUNCT", ".")]
    ents = ["O"] * 5 + ["B-DATE", "O"]
    assert frame_of(parse(vocab, rows, ents), 3) == ("PhoneCall", "speak-together-dated")
    # ... "Ilves and Oduya spoke about trade": no day told, no call
    rows[4:6] = [("about", 3, "prep", "ADP", "about"), ("trade", 4, "pobj", "NOUN", "trade")]
    assert frame_of(parse(vocab, rows), 3) is None


@pytest.mark.parametrize(("words", "expected"), [
    ([_subj("Front"), _verb("exchanged", "exchange"), _obj("fire")],
     ("Attack", "exchange-fire")),
    ([_subj("Front"), _verb("exchanged", "exchange"), _obj("views", "view")], None),
    ([_subj("Varnia"), _verb("extended", "extend"), _obj("emergency")],
     ("Announcement", "declare")),
    ([_subj("Varnia"), _verb("extended", "extend"), _obj("invitation")], None),
])
def test_exchanging_fire_and_extending_an_emergency(vocab, words, expected):
    assert frame_of(_sentence(vocab, words), 1) == expected


@pytest.mark.model
def test_a_frame_that_needs_its_day_is_not_dated_by_a_span_of_years(extract):
    facts = extract("Over the past two years, Varnia has rallied the world to stand with "
                    "Ostland.", PUB)
    assert not [e for e in facts.events if e.type == "Other"]


@pytest.mark.model
def test_only_who_stages_protests_takes_part_in_them(extract):
    facts = extract("President Ilves met today with activist Mara Oduya to express support "
                    "for the women leading peaceful protests in Varnia.", PUB)
    assert not [e for e in facts.events if e.type == "Other"]


@pytest.mark.model
def test_who_launches_an_attack_on_a_city_is_named_first(extract):
    facts = extract("Russia launched a massive drone attack on Kyiv early Monday.", PUB)
    attacks = [e for e in facts.events if e.type == "Attack"]
    assert attacks and attacks[0].participants[0] == "Russia"
    facts = extract("Germany condemned the Russian attack on Kyiv on Monday.", PUB)
    assert all(e.participants[0] != "Germany" for e in facts.events if e.type == "Attack")
