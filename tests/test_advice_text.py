"""Assessments, recommendations and their parts in words (English and Danish).

What a person reads is pinned: a lost line, a wrong label or a misprinted
figure is a wrong answer. Figures, each from its source:

- fluid: 30-35 mL/kg (the article), so 70 kg gives 2.10-2.45 L/day; EFSA's
  adequate water intake for men is 2.5 L/day (EFSA 2010);
- the supplement trial: 250 mg/day elemental for 4-6 weeks, in the evening
  with a light meal (the article), within the 250 mg/day ceiling (SCF 2001);
- doxycycline: 3 h before or 6 h after magnesium (the most conservative of
  ARTICLE, NIHODS and EMC12118), so 20:00 is free after an 08:00 dose;
- magnesium depletion score (Fan 2021): loop/thiazide diuretic 1, PPI 1,
  eGFR 60-90 1, heavy drinking (women: more than 1 drink a day) 1.
"""

from __future__ import annotations

import pytest

import magnesium as mg


def _athlete() -> mg.Assessment:
    return mg.assess(
        mg.Person(
            sex="male",
            age=30,
            body_weight="70 kg",
            symptoms=["exercise cramps"],
            training_hours_per_week=8,
            heavy_sweating=True,
            medications=["doxycycline"],
            medication_times={"doxycycline": ["08:00"]},
        )
    )


def _on_medicines() -> mg.Assessment:
    return mg.assess(
        mg.Person(
            sex="female",
            age=45,
            body_weight="70 kg",
            medications=["omeprazole", "furosemide", "metforminx"],
            alcohol_drinks_per_day=2,
            diet="one-sided",
            conditions=["type 2 diabetes"],
            symptoms=["night cramps"],
            training_hours_per_week=6,
            heavy_sweating=True,
            egfr="75 mL/min",
            serum_magnesium="0.70 mmol/L",
        )
    )


def test_recommendation_in_words() -> None:
    """Food first, fluid, measures and the trial, each on its own line."""
    recommendation = _athlete().recommendation
    lines = recommendation.to_text().splitlines()
    assert lines[0] == "Recommendation"
    assert [line[2:14].strip() for line in lines[1:]] == [
        "summary",
        "diet",
        "diet",
        "fluid",
        *["measure"] * 6,
        "supplement",
    ]
    assert lines[1] == (
        "  summary     Food first. A 4-6 week trial of 250 mg elemental magnesium a day, in the "
        "evening, with a light meal, can be reasonable (the article); stop if it does not help."
    )
    assert lines[4] == (
        "  fluid       2.10-2.45 L/day (the article's 30-35 mL/kg); EFSA water AI 2.5 L/day"
    )
    assert lines[-1] == (
        "  supplement  Supplement trial: 250 mg/d elemental, in the evening, with a light meal, "
        "4-6 weeks"
    )
    danish = recommendation.to_text("da").splitlines()
    assert danish[0] == "Anbefaling"
    assert danish[4] == (
        "  væske          2,10-2,45 L/dag (artiklens 30-35 mL/kg); EFSA's AI for vand 2,5 L/dag"
    )
    assert danish[-1] == (
        "  tilskud        Tilskudsforsøg: 250 mg/dag elementært, om aftenen, med et let måltid, "
        "4-6 uger"
    )


def test_supplement_plan_in_words() -> None:
    """The trial: forms, headroom, splitting, side effects, skin, spacing and a time."""
    plan = _athlete().recommendation.supplement
    assert plan is not None
    assert plan.to_text() == (
        "Supplement trial: 250 mg/d elemental, in the evening, with a light meal, 4-6 weeks\n"
        "  forms                       magnesium citrate, magnesium bisglycinate (The article "
        "prefers these for bioavailability and fewer stomach complaints; no authoritative "
        "source ranks the forms (EFSA treats soluble salts as similar).)\n"
        "  headroom under the ceiling  250 mg/day\n"
        "  split                       Splitting the daily dose into at least two doses is "
        "advised (BfR 2017).\n"
        "  side effects                Soft stools, mild diarrhoea or bloating: lower or split "
        "the dose; stop at persistent diarrhoea.\n"
        "  on the skin                 Magnesium oils and sprays on the skin have not been "
        "shown to raise serum or muscle magnesium (the article).\n"
        "  spacing                     doxycycline: Take the drug at least 3 h before or at "
        "least 6 h after magnesium (the most conservative source).\n"
        "  suggested time              20:00\n"
        "  sources                     ARTICLE, SCF2001, BFR2017, EFSA2009"
    )
    assert plan.to_text("da") == (
        "Tilskudsforsøg: 250 mg/dag elementært, om aftenen, med et let måltid, 4-6 uger\n"
        "  former                       magnesium citrate, magnesium bisglycinate (Artiklen "
        "foretrækker disse for biotilgængelighed og færre maveproblemer; ingen autoritativ "
        "kilde rangordner formerne (EFSA betragter opløselige salte som ens).)\n"
        "  plads under den øvre grænse  250 mg/dag\n"
        "  opdeling                     Det tilrådes at dele dagsdosis i mindst to doser "
        "(BfR 2017).\n"
        "  bivirkninger                 Blød afføring, let diarré eller oppustethed: sænk eller "
        "del dosis; stop ved vedvarende diarré.\n"
        "  på huden                     Magnesiumolier og -sprays på huden er ikke vist at øge "
        "magnesium i serum eller muskler (artiklen).\n"
        "  tidsafstand                  doxycyklin: Tag lægemidlet mindst 3 t før eller mindst "
        "6 t efter magnesium (den mest forsigtige kilde).\n"
        "  foreslået tidspunkt          20:00\n"
        "  kilder                       ARTICLE, SCF2001, BFR2017, EFSA2009"
    )


def test_cramp_evidence_in_words() -> None:
    """Night cramps: the article and Cochrane 2020 side by side, with the certainty."""
    (evidence,) = mg.assess(mg.Person(symptoms=["night cramps"])).evidence
    lines = evidence.to_text().splitlines()
    assert lines[0] == "Evidence: nocturnal leg cramps in otherwise healthy adults"
    assert [line.split("  ")[1] for line in lines[1:6]] == [
        "the article",
        "the article concludes",
        "Cochrane 2020",
        "Cochrane 2020 concludes",
        "certainty",
    ]
    assert lines[2].endswith("  no effect, or a very modest one")
    assert lines[4].endswith(
        "  unlikely to help: no clinically meaningful benefit for older adults"
    )
    assert lines[5].endswith("  moderate to high")
    assert lines[-1].split() == ["sources", "ARTICLE,", "COCHRANE2020"]
    assert sum(line.startswith("  note ") for line in lines) == 4  # "3 Cochrane reviews" + 3
    danish = evidence.to_text("da").splitlines()
    assert [line.split("  ")[1] for line in danish[1:6]] == [
        "artiklen",
        "artiklen konkluderer",
        "Cochrane 2020",
        "Cochrane 2020 konkluderer",
        "sikkerhed",
    ]
    assert danish[5].endswith("  moderat til høj")


def test_findings_in_words() -> None:
    """A caution and a red flag: key (English only), text, weight, inputs, sources, evidence."""
    assessment = mg.assess(
        mg.Person(sex="female", age=45, medications=["furosemide"], symptoms=["palpitations"])
    )
    (caution,) = assessment.cautions
    assert caution.to_text() == (
        "diuretic_or_ppi: On diuretics or proton pump inhibitors: ask a doctor or clinical "
        "dietitian before supplementing.\n"
        "  weight    0\n"
        "  inputs    medications=furosemide\n"
        "  sources   ARTICLE\n"
        "  evidence  confirmed\n"
        "  urgency   Ask a doctor or pharmacist before taking a supplement."
    )
    (red_flag,) = assessment.red_flags
    assert red_flag.to_text("da") == (
        "Hjertebanken, uregelmæssig puls, åndenød eller hævede ankler.\n"
        "  vægt       0\n"
        "  input      symptoms=palpitations\n"
        "  kilder     ARTICLE\n"
        "  evidens    bekræftet\n"
        "  hastegrad  Søg læge; tag ikke magnesiumtilskud indtil da."
    )
    assert red_flag.to_dict()["text"] == (
        "Palpitations, irregular pulse, shortness of breath or swollen ankles."
    )
    assert red_flag.to_dict()["urgency"] == "doctor"
    score = assessment.depletion_score
    assert score.to_text().splitlines()[:4] == [
        "Magnesium depletion score: incomplete (at least 1)",
        "  +1       Current loop or thiazide diuretic use: 1 point.",
        "  missing  alcohol_drinks_per_day",
        "  missing  egfr (or serum_creatinine with age and sex)",
    ]
    assert score.to_text("da").splitlines()[:2] == [
        "Magnesiumtabsscore (MDS): ufuldstændig (mindst 1)",
        "  +1          Aktuel brug af loop- eller thiaziddiuretikum: 1 point.",
    ]
    assert assessment.deficiency_risk.to_text("da") == (
        "Risiko for mangel: moderat (score 1)\n"
        "  +1     furosemid: Mere magnesium tabes i urinen ved langvarig brug. "
        "[EMC12118, NIHODS, artiklen]\n"
        "  regel  vægtene lægges sammen: 0 lav, 1-2 moderat, 3 eller mere høj "
        "(dette biblioteks regel)"
    )


def test_assessment_in_words() -> None:
    """Every part of an assessment under its label, in both languages."""
    assessment = _on_medicines()
    lines = assessment.to_text().splitlines()
    # serum 0.70 mmol/L is below the reference interval: a doctor first (issue 22)
    assert lines[0] == (
        "See a doctor; take no magnesium supplement until then. Assessment: deficiency risk "
        "high, MDS 4, 2 cautions, 1 red flag"
    )
    labels = [line[2:17].strip() for line in lines[1:] if not line.startswith("    ")]
    assert labels == [
        "red flag",
        "caution",
        "caution",
        "interaction",
        "interaction",
        "deficiency risk",
        "depletion score",
        "serum",
        "eGFR",
        "evidence",
        "recommendation",
    ]
    # 6 factors of 1 point, and 3 for a low serum value: 9
    assert "  deficiency risk  Deficiency risk: high (score 9)" in lines
    assert [line.split()[0] for line in lines if line.startswith("    ")] == ["+1"] * 6 + ["+3"]
    assert (
        "  depletion score  Magnesium depletion score: 4 of 5, group 3-5 (highest group)" in lines
    )
    assert "  serum            Serum magnesium 0.70 mmol/L: low" in lines
    assert "  eGFR             75 mL/min/1.73 m² (given)" in lines
    danish = assessment.to_text("da").splitlines()
    assert danish[0] == (
        "Søg læge; tag ikke magnesiumtilskud indtil da. Vurdering: risiko for mangel høj, "
        "MDS 4, 2 forholdsregler, 1 alarmsignal"
    )
    labels = [line[2:28].strip() for line in danish[1:] if not line.startswith("    ")]
    assert labels == [
        "alarmsignal",
        "forholdsregel",
        "forholdsregel",
        "interaktion",
        "interaktion",
        "risiko for mangel",
        "magnesiumtabsscore (MDS)",
        "serum",
        "eGFR",
        "evidens",
        "anbefaling",
    ]
    assert "  eGFR                      75 mL/min/1,73 m² (oplyst)" in danish


@pytest.mark.parametrize(
    ("person", "english", "danish"),
    [
        (mg.Person(), "Person (nothing given)", "Person (intet angivet)"),
        (
            mg.Person(sex="female", pregnant=True),
            "Person (female, pregnant)",
            "Person (kvinde, gravid)",
        ),
        (
            mg.Person(sex="female", age=31.5, lactating=True),
            "Person (female, 31.5 y, lactating)",
            "Person (kvinde, 31,5 år, ammende)",
        ),
        (mg.Person(sex="male", age=70), "Person (male, 70 y)", "Person (mand, 70 år)"),
    ],
)
def test_person_title(person: mg.Person, english: str, danish: str) -> None:
    """A person's heading names sex, age and pregnancy or lactation, in both languages."""
    assert person.to_text().splitlines()[0] == english
    assert person.to_text("da").splitlines()[0] == danish


def test_person_lines_show_the_inputs() -> None:
    """A person's lines are the inputs as given, with units, and nothing internal."""
    person = mg.Person(
        sex="female",
        age=45,
        body_weight="70 kg",
        medications=["omeprazole", "metforminx"],
        heavy_sweating=True,
        egfr="75 mL/min",
        serum_magnesium="0.70 mmol/L",
    )
    assert person.to_text() == (
        "Person (female, 45 y)\n"
        "  body_weight      70 kg\n"
        "  medications      omeprazole, metforminx\n"
        "  heavy_sweating   True\n"
        "  egfr             75 mL/min\n"
        "  serum_magnesium  0.7 mmol/L"
    )


def _night_cramps() -> mg.Assessment:
    return mg.assess(
        mg.Person(
            sex="female",
            age=30,
            diet="one-sided",
            symptoms=["night cramps", "twitches"],
            body_weight="60 kg",
        )
    )


def test_night_cramp_plan_and_evidence_in_danish() -> None:
    """The caveat heads the plan; the evidence reads in Danish, value by value."""
    assessment = _night_cramps()
    plan = assessment.recommendation.supplement
    assert plan is not None
    caveat = (
        "For night cramps in otherwise healthy adults a Cochrane review (2020) found magnesium "
        "unlikely to help (moderate to high certainty): a trial makes sense for a suspected "
        "magnesium shortfall, not for the cramps alone."
    )
    assert plan.to_text().splitlines()[1] == f"  caveat                      {caveat}"
    assert plan.to_text("da").splitlines()[1].split("  ")[1:3] == ["forbehold", ""]
    (evidence,) = assessment.evidence
    assert evidence.to_text("da").splitlines()[:6] == [
        "Evidens: natlige lægkramper hos ellers raske voksne",
        (
            "  artiklen                   >10 studier og 3 Cochrane-oversigter: ingen eller meget "
            "beskeden reduktion i forhold til placebo; de fleste forsøg finder ingen klinisk "
            "relevant forskel."
        ),
        "  artiklen konkluderer       ingen effekt eller en meget beskeden",
        (
            "  Cochrane 2020              11 RCT'er: ændring i kramper/uge efter 4 uger MD "
            "-9,59 % (95 % CI -23,14 til 3,97; 3 studier, 177 deltagere); respondenter RR "
            "1,04 (0,84-1,29). Magnesium giver næppe klinisk betydende forebyggelse hos ældre "
            "voksne."
        ),
        (
            "  Cochrane 2020 konkluderer  hjælper næppe: ingen klinisk betydende gavn for ældre "
            "voksne"
        ),
        "  sikkerhed                  moderat til høj",
    ]
    assert (
        evidence.to_text("da").splitlines()[-1]
        == "  kilder                     ARTICLE, COCHRANE2020"
    )
    notes = [line for line in evidence.to_text("da").splitlines() if "bemærkning" in line]
    assert notes[2] == (  # after the "3 Cochrane reviews" note and why results are mixed
        "  bemærkning                 Artiklen siger, at forsøgene brugte 90-600 mg elementært "
        "magnesium om dagen: ikke bekræftet."
    )


def test_recommendation_in_danish_names_the_signs_in_danish() -> None:
    """Every label and value in Danish, the symptoms too (twitches: trækninger)."""
    danish = _night_cramps().recommendation.to_text("da").splitlines()
    assert [line[2:17].strip() for line in danish[1:]] == [
        "sammenfatning",
        "blodprøve",
        "kost",
        "kost",
        "væske",
        *["tiltag"] * 6,
        "tilskud",
    ]
    assert danish[2] == (
        "  blodprøve      Tegn som trækninger er uspecifikke: en blodprøve for magnesium siger "
        "mere (artiklen)."
    )
    assert danish[5] == (
        "  væske          1,80-2,10 L/dag (artiklens 30-35 mL/kg); EFSA's AI for vand 2 L/dag"
    )
    assert (
        danish[6] == "  tiltag         Stræk lægge, baglår og fodsåler regelmæssigt før sengetid."
    )


def test_signs_of_high_magnesium_in_danish() -> None:
    """A finding that names symptoms names them in Danish (nausea: kvalme)."""
    person = mg.Person(sex="female", age=40, serum_magnesium="1.1 mmol/L", symptoms=["nausea"])
    (flag,) = mg.assess(person).red_flags
    assert flag.to_text("da").splitlines()[0] == (
        "Serum-magnesium 1,10 mmol/L, over referenceintervallet, med kvalme: mulige første tegn "
        "på for meget magnesium."
    )


def test_child_with_a_red_flag_in_words() -> None:
    """Red flags come before cautions; a child's fluid has no EFSA adult value beside it."""
    assessment = mg.assess(
        mg.Person(
            sex="female",
            age=13,
            body_weight="40 kg",
            symptoms=["palpitations"],
            medications=["omeprazole"],
        )
    )
    lines = assessment.to_text().splitlines()
    assert lines[0] == (
        "See a doctor; take no magnesium supplement until then. Assessment: deficiency risk "
        "moderate, MDS incomplete, 2 cautions, 1 red flag"
    )
    assert [line[2:17].strip() for line in lines[1:4]] == ["red flag", "caution", "caution"]
    assert [line[2:17].strip() for line in assessment.to_text("da").splitlines()[1:4]] == [
        "alarmsignal",
        "forholdsregel",
        "forholdsregel",
    ]
    recommendation = assessment.recommendation.to_text().splitlines()
    assert "  fluid       1.20-1.40 L/day (the article's 30-35 mL/kg)" in recommendation
    assert recommendation[2] == (
        "  blood test  Signs such as palpitations are nonspecific: a blood test for magnesium "
        "tells more (the article)."
    )


def test_several_signs_and_a_doctor_first_in_danish() -> None:
    """Two signs are named in Danish, in order; the heading asks for a doctor first."""
    person = mg.Person(sex="female", age=40, symptoms=["twitches", "fatigue"])
    blood_test = mg.assess(person).recommendation.blood_test
    assert blood_test is not None
    assert blood_test.render("da") == (
        "Tegn som træthed, trækninger er uspecifikke: en blodprøve for magnesium siger mere "
        "(artiklen)."
    )
    flagged = mg.assess(mg.Person(sex="female", age=40, symptoms=["palpitations"]))
    recommendation = flagged.recommendation
    assert recommendation.to_text("da").splitlines()[0] == "Anbefaling: søg læge først"
    cautioned = mg.assess(mg.Person(sex="female", age=40, medications=["omeprazole"]))
    heading = cautioned.recommendation.to_text("da").splitlines()[0]
    assert heading == "Anbefaling: spørg en læge først"
    assert repr(recommendation) == f"<Recommendation: {recommendation.summary}>"


def test_serum_line_in_danish() -> None:
    """The assessment's serum line reads in Danish, label and value."""
    assessment = mg.assess(mg.Person(sex="female", age=40, serum_magnesium="0.8 mmol/L"))
    assert "  serum                     Serum-magnesium 0,80 mmol/L: gråzone" in (
        assessment.to_text("da").splitlines()
    )
