"""The food tables: USDA SR28 and the Danish table Frida, magnesium per 100 g, and names.

Two tables, one lookup. Every one of the 8,050 USDA SR28 foods with a
magnesium value is here, with USDA's household measures; so are the 1,267
foods of Frida, the Danish food composition database (DTU, May 2025
release). A Danish name ("mandler", "rugbrød", "havregryn") resolves in
Frida and an English one in USDA SR28, unless ``table=`` chooses. A curated
list maps plain names to entries of both tables, and adds the portion
weights that the origin article defines (a small handful of almonds is 30 g;
its 1 dl of coarse oats is 50 g) and Danish household measures with their
sources ("1 skive rugbrød", "1 håndfuld mandler", "1 glas mælk"). The tables
load on first use, so ``import magnesium`` stays fast. Every food says which
table, id and release its value comes from.

References
----------
.. [1] US Department of Agriculture, Agricultural Research Service, Nutrient
   Data Laboratory (2015). USDA National Nutrient Database for Standard
   Reference, Release 28. Nutrient 304, magnesium.
.. [2] Frida Food Data / Fødevaredata (frida.fooddata.dk), May 2025 release,
   National Food Institute, Technical University of Denmark. Parameter 184.
.. [3] Mænd Online. Magnesium og muskelkramper (consumer article, Danish):
   the portion weights marked ``ARTICLE``.

Examples
--------
>>> from magnesium.foods import find_food
>>> almonds = find_food("almonds")
>>> almonds.description, almonds.mg_per_100g, almonds.table
('Nuts, almonds', 270.0, 'usda')
>>> mandler = find_food("mandler")
>>> mandler.description, round(mandler.mg_per_100g, 1), mandler.table
('Mandel, rå', 263.8, 'frida')
>>> mandler.magnesium("30 g")
<Quantity(79.1..., 'milligram')>
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

import attrs

from magnesium import _public
from magnesium.foods._food import Food

# (the "as" names: shared with intake and the tests, not public API)
from magnesium.foods._lookup import MARGIN as MARGIN
from magnesium.foods._lookup import FoodSearch, find_food, search_foods
from magnesium.foods._lookup import measure_language as measure_language
from magnesium.foods._lookup import query_language as query_language
from magnesium.foods._lookup import read_as as read_as
from magnesium.foods._lookup import resolve as resolve
from magnesium.foods._tables import FRIDA, USDA, Portion, food_tables
from magnesium.foods._tables import curated as curated

if TYPE_CHECKING:
    from pint.facets.plain import PlainQuantity

__all__ = [
    "ARTICLE_FOODS",
    "FRIDA",
    "USDA",
    "ArticleFood",
    "Food",
    "FoodSearch",
    "Portion",
    "find_food",
    "food_tables",
    "search_foods",
]


@attrs.frozen(kw_only=True)
class ArticleFood:
    """A row of the origin article's food table, to set beside USDA's figure.

    Attributes
    ----------
    food
        A curated food name.
    amount
        The article's portion, as an amount :meth:`Food.magnesium` reads.
    article_mg
        What the article says the portion holds. [mg]
    """

    food: str
    amount: str
    article_mg: float
    source: str = "ARTICLE"

    def usda_mg(self) -> PlainQuantity[float]:
        """USDA SR28's magnesium for the same portion. [mg]"""
        return find_food(self.food).magnesium(self.amount)


#: The article's food table ("Kostkilder"), for comparison with USDA SR28.
ARTICLE_FOODS: Final = (
    ArticleFood(food="almonds", amount="30 g", article_mg=80.0),
    ArticleFood(food="coarse oats", amount="50 g", article_mg=65.0),  # the article's 1 dl
    ArticleFood(food="black beans", amount="1 dl", article_mg=60.0),
    ArticleFood(food="raw spinach", amount="50 g", article_mg=40.0),
    ArticleFood(food="whole-grain bread", amount="2 slices", article_mg=30.0),
)


# The tables, a food and its amounts, and the lookup are implemented in _tables, _food and
# _lookup; documented, pickled and shown as this module's (_public.claim).
_public.claim(__name__, globals(), __all__)
