"""Write tests/data/food_queries.tsv: the food-search benchmark of issue 23.

Each base query is a food as people type it, with the food ids that answer
it, chosen by reading the tables (not by running the search). English bases
are the rows of NIH ODS's table of magnesium sources ("Magnesium: Fact Sheet
for Health Professionals", Table 2, as printed: "Almonds, dry roasted") and
common US foods; Danish bases are everyday foods of Danish meals (the food
groups of DTU's national dietary survey, DANSDA). Each base is written three
ways, as users type: as is; with a typo (two neighbouring letters swapped
in its longest word); and in another form: plural or singular, the comma
parts turned round, a Danish definite plural ("mandlerne") or Danish letters
spelled out ("rugbroed"). A row may name a language where the words say
none ("broccoli" in a Danish kitchen).

Run: python tools/make_food_queries.py (no arguments; deterministic).
"""

from __future__ import annotations

from pathlib import Path

# query, accepted answers (table:id), language ("" = from the words)
ENGLISH = [
    ("almonds", "usda:12061", ""),
    ("almonds, dry roasted", "usda:12063 usda:12563", ""),
    ("cashews, dry roasted", "usda:12085 usda:12585", ""),
    ("peanuts, oil roasted", "usda:16089 usda:16389", ""),
    ("peanut butter, smooth", "usda:16098", ""),
    ("pumpkin seeds", "usda:12014 usda:12016", ""),
    ("chia seeds", "usda:12006", ""),
    ("spinach", "usda:11457", ""),
    ("spinach, boiled", "usda:11458", ""),
    ("black beans, cooked", "usda:16015", ""),
    ("kidney beans, canned", "usda:16029", ""),
    ("edamame", "usda:11212", ""),
    ("brown rice, cooked", "usda:20037", ""),
    ("white rice, cooked", "usda:20045", ""),
    ("oatmeal, instant", "usda:08123", ""),
    ("shredded wheat", "usda:08147", ""),
    ("banana", "usda:09040", ""),
    ("apple", "usda:09003", ""),
    ("raisins", "usda:09298", ""),
    ("avocado", "usda:09037", ""),
    ("carrot", "usda:11124", ""),
    ("broccoli", "usda:11090", ""),
    ("broccoli, cooked", "usda:11091", ""),
    ("baked potato", "usda:11674", ""),
    ("salmon, atlantic, farmed, cooked", "usda:15237", ""),
    ("halibut, cooked", "usda:15037", ""),
    ("chicken breast, roasted", "usda:05064", ""),
    ("milk", "usda:01077", ""),
    ("yogurt, plain, low fat", "usda:01117", ""),
    ("soymilk, plain or vanilla", "usda:16120 usda:16139", ""),
    ("whole wheat bread", "usda:18075", ""),
    ("egg", "usda:01123", ""),
    ("orange", "usda:09200", ""),
    ("pear", "usda:09252", ""),
    ("strawberries", "usda:09316", ""),
    ("blueberries", "usda:09050", ""),
    ("tomato", "usda:11529", ""),
    ("onion", "usda:11282", ""),
    ("cauliflower", "usda:11135", ""),
    ("cod", "usda:15015", ""),
    ("tea", "usda:14355", ""),
    ("quinoa", "usda:20137", ""),
    ("brazil nuts", "usda:12078", ""),
    ("oats", "usda:08120", ""),
    ("cooked oatmeal", "usda:08121", ""),
    ("cheddar cheese", "usda:01009", ""),
    ("beef, ground, 90% lean, pan broiled", "usda:23564", ""),
    ("lentils, cooked", "usda:16070", ""),
    ("sunflower seeds", "usda:12036", ""),
    ("flaxseed", "usda:12220", ""),
    ("dark chocolate, 70-85% cacao", "usda:19904", ""),
    ("hazelnuts", "usda:12120", ""),
    ("walnuts", "usda:12155", ""),
    ("butter, without salt", "usda:01145", ""),
    ("kiwi", "usda:09148", ""),
    ("grapes", "usda:09132", ""),
    ("dates", "usda:09421", ""),
    ("cucumber", "usda:11205", ""),
    ("beetroot", "usda:11080", ""),
    ("white cabbage", "usda:11109", ""),
    ("lowfat milk, 1%", "usda:01082 usda:01083", ""),
    # The older NIH ODS fact sheet's table ("adapted from Home and Garden
    # Bulletin No. 72, Nutritive Value of Foods", 2002), as printed; its
    # branded-only row ("Bran Flakes") and its "or" row (two foods) left out.
    ("Halibut, cooked", "usda:15037", ""),
    ("Soybeans, mature, cooked", "usda:16109 usda:16409", ""),
    ("Spinach, frozen, cooked", "usda:11464", ""),
    ("Nuts, mixed, dry roasted", "usda:12135 usda:12635", ""),
    ("Cereal, shredded wheat", "usda:08147", ""),
    ("Oatmeal, instant, fortified, prepared w/ water", "usda:08123", ""),
    ("Potato, baked w/ skin", "usda:11674", ""),
    ("Peanuts, dry roasted", "usda:16090 usda:16390", ""),
    ("Wheat Bran, crude", "usda:20077", ""),
    ("Blackeyed Peas, cooked", "usda:16063 usda:16363", ""),
    ("Yogurt, plain, skim milk", "usda:01118", ""),
    ("Vegetarian Baked Beans", "usda:16006", ""),
    ("Rice, brown, long-grained, cooked", "usda:20037", ""),
    ("Lentils, mature seeds, cooked", "usda:16070 usda:16370", ""),
    ("Avocado, California", "usda:09038", ""),
    ("Pinto Beans, cooked", "usda:16043 usda:16343", ""),
    ("Wheat Germ, crude", "usda:20078", ""),
    ("Chocolate milk", "usda:01102", ""),
    ("Banana, raw", "usda:09040", ""),
    ("Milk Chocolate candy bar", "usda:19120", ""),
    ("Bread, whole wheat, commercially prepared", "usda:18075", ""),
    ("Raisins, seedless", "usda:09298", ""),
    ("Whole Milk", "usda:01077", ""),
    ("Chocolate Pudding", "usda:19183", ""),
    # Dietitians of Canada (2014), "Food Sources of Magnesium" (values from the
    # Canadian Nutrient File), as printed; the rows that name two foods with a
    # slash are read by mg.food (tests/test_food_search.py), not by the search.
    ("Prickly pear", "usda:09287", ""),
    ("Spinach, cooked", "usda:11458", ""),
    ("Swiss chard, cooked", "usda:11148", ""),
    ("Tamarind", "usda:09322", ""),
    ("Okra, cooked", "usda:11279", ""),
    ("Wheat germ cereal, toasted", "usda:08084", ""),
    ("Quinoa, cooked", "usda:20137", ""),
    ("Cheese, soy", "usda:43299", ""),
    ("Yogurt, soy", "usda:43476", ""),
    ("Soy nuts", "usda:16111", ""),
    ("Pumpkin or squash seeds, no shell", "usda:12016 usda:12014", ""),
    ("Brazil nuts, without shell", "usda:12078", ""),
    ("Almonds, without shell", "usda:12061", ""),
    ("Salmon, Chinook, cooked", "usda:15210", ""),
    ("Flaxseeds", "usda:12220", ""),
    ("Potato, with skin, baked", "usda:11674", ""),
    ("Soy beverage, fortified", "usda:16139", ""),
]
DANISH = [
    ("mandler", "frida:35", ""),
    ("havregryn", "frida:59", ""),
    ("rugbrød", "frida:1670", ""),
    ("fuldkornsbrød", "frida:615", ""),
    ("æg", "frida:1662 frida:1663 frida:1664 frida:1665", ""),
    ("oksekød", "frida:818 frida:909 frida:1053 frida:1232", ""),
    ("fisk", "frida:72", ""),
    ("torsk", "frida:72", ""),
    ("laks", "frida:30", ""),
    ("sild", "frida:47 frida:48", ""),
    ("makrel", "frida:34", ""),
    ("kylling", "frida:795", ""),
    ("letmælk", "frida:33", ""),
    ("skummetmælk", "frida:1049", ""),
    ("kærnemælk", "frida:32", ""),
    ("yoghurt", "frida:12", ""),
    ("skyr", "frida:1693", "da"),
    ("ost", "frida:148 frida:94 frida:1211", ""),
    ("leverpostej", "frida:1010", ""),
    ("kartofler", "frida:801", ""),
    ("æble", "frida:2", ""),
    ("banan", "frida:3", ""),
    ("appelsin", "frida:70", ""),
    ("pære", "frida:9", ""),
    ("jordbær", "frida:1", ""),
    ("blåbær", "frida:1848 frida:1817", ""),
    ("gulerod", "frida:24 frida:559", ""),
    ("tomat", "frida:52 frida:451", ""),
    ("agurk", "frida:388", ""),
    ("løg", "frida:716", ""),
    ("rødbede", "frida:43", ""),
    ("hvidkål", "frida:26", ""),
    ("blomkål", "frida:14 frida:799 frida:1005", ""),
    ("spinat", "frida:50", ""),
    ("græskarkerner", "frida:1507", ""),
    ("solsikkefrø", "frida:438", ""),
    ("hørfrø", "frida:149", ""),
    ("valnødder", "frida:647", ""),
    ("hasselnødder", "frida:302", ""),
    ("jordnødder", "frida:150", ""),
    ("jordnøddesmør", "frida:1162", ""),
    ("cashewnødder", "frida:390 frida:815", ""),
    ("chiafrø", "frida:1728", ""),
    ("rosiner", "frida:880", ""),
    ("kakaomælk", "frida:1205", ""),
    ("kaffe", "frida:142", ""),
    ("te", "frida:115", "da"),
    ("ris", "frida:1973", ""),
    ("brune ris", "frida:156", ""),
    ("pasta", "frida:1296", "da"),
    ("havredrik", "frida:1690 frida:1701 frida:1797", ""),
    ("sorte bønner", "frida:1814", ""),
    ("kikærter", "frida:1803 frida:1812 frida:1813", ""),
    ("linser", "frida:1807 frida:681 frida:1799 frida:1800", ""),  # curated: cooked
    ("kiwi", "frida:1858", "da"),
    ("avocado", "frida:616", "da"),
    ("broccoli", "frida:17", "da"),
    ("tofu", "frida:272", "da"),
    ("hytteost", "frida:517 frida:1678 frida:1679", ""),
    ("grønkål", "frida:23 frida:1391", ""),
    ("porre", "frida:824", ""),
    ("champignon", "frida:961", ""),
    ("peberfrugt", "frida:37 frida:38", ""),
    ("kalkun", "frida:732 frida:785", ""),
    ("knækbrød", "frida:375", ""),
    ("grahamsbrød", "frida:672", ""),
    ("boghvede", "frida:67", ""),
    ("bulgur", "frida:283", "da"),
    ("hirse", "frida:385", ""),
    ("citron", "frida:21", ""),
    ("squash", "frida:56 frida:614", "da"),
    ("smør", "frida:1052 frida:1015", ""),
    ("sødmælk", "frida:6", ""),
    ("müsli", "frida:396", ""),
]
_ASCII = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa"})


def typo(query: str) -> str:
    """Swap two neighbouring letters in the middle of the longest word (or drop one)."""
    words = query.split(" ")
    longest = max(range(len(words)), key=lambda i: len(words[i].strip(",")))
    word = words[longest]
    if len(word.strip(",")) < 5:
        return query
    i = len(word.strip(",")) // 2
    if word[i] == word[i - 1]:
        changed = word[:i] + word[i + 1 :]
    else:
        changed = word[: i - 1] + word[i] + word[i - 1] + word[i + 1 :]
    words[longest] = changed
    return " ".join(words)


def other_form(query: str, danish: bool) -> str:
    """Return the query as another user writes it (see the module docs)."""
    if "," in query:
        head, _, rest = query.partition(",")
        return f"{rest.strip()} {head}"
    if danish:
        if query.endswith("er"):
            return query + "ne"
        if query != query.translate(_ASCII):
            return query.translate(_ASCII)
        return query.upper()
    return query[:-1] if query.endswith("s") else query + "s"


def main() -> None:
    rows = ["# query\tanswers\tlanguage\tbase  (GENERATED by tools/make_food_queries.py)"]
    for bases, danish in ((ENGLISH, False), (DANISH, True)):
        for query, answers, lang in bases:
            variants = dict.fromkeys((query, typo(query), other_form(query, danish)))
            rows.extend(f"{variant}\t{answers}\t{lang}\t{query}" for variant in variants)
    target = Path(__file__).resolve().parent.parent / "tests" / "data" / "food_queries.tsv"
    target.write_text("\n".join(rows) + "\n", encoding="utf-8")
    print(f"{len(rows) - 1} queries written to {target}")


if __name__ == "__main__":
    main()
