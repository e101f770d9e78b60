#!/usr/bin/env python3
"""Writes public/data/bmk/budget.csv: the region's budget by year, sector and province.

The yearly totals are the ones the council voted and the press reported (see the sources in
datapackage.json). The region has not published its breakdown by sector or province, so those
rows are illustrative: each total is spread with the weights below, grounded in the published
PDR 2022-2027 envelopes by axis and the share of contract-programme projects by province, and
every such row carries status "illustrative". Amounts are whole dirhams and each year's rows add
up exactly to its total. Run: python3 scripts/budget_breakdown.py
"""
import csv
import json
import pathlib

OUT = pathlib.Path(__file__).resolve().parent.parent / "public/data/bmk/budget.csv"

LOCALES = pathlib.Path(__file__).resolve().parent.parent / "locales"
LANGUAGES = ("fr", "ar", "zgh-Tfng", "en")
# The budget's functional classification uses the app's one list of sectors (locales/*.json
# "sectors", crates/pb-core/src/sectors.rs): its labels are the app's terms, so a sector has one
# name per language everywhere. `water_environment` is the budget line for both water and environment.
FUNCTION_KEYS = ("education", "health", "roads_transport", "water_environment", "agriculture",
                 "economic_development", "culture_youth", "administration")


def sector_terms():
    terms = {lang: json.loads((LOCALES / f"{lang}.json").read_text(encoding="utf-8"))["sectors"]
             for lang in LANGUAGES}
    return {key: tuple(terms[lang][key] for lang in LANGUAGES) for key in FUNCTION_KEYS}


FUNCTIONS = sector_terms()
REVENUES = {
    "tax_shares": ("Parts d'impôts (IS, IR)", "حصص الضرائب (الشركات والدخل)", "ⵜⵉⴳⵣⵎⵉⵡⵉⵏ ⵏ ⵜⵉⵖⵔⴰⵎⵜ", "Tax shares (corporate and income tax)"),
    "insurance_tax": ("Taxe sur les contrats d'assurance", "الرسم على عقود التأمين", "ⵜⵉⵖⵔⴰⵎⵜ ⵏ ⵓⵎⵙⴰⵍⴰⵙ", "Insurance contracts tax"),
    "state_budget": ("Dotation du budget de l'État", "مساهمة الميزانية العامة للدولة", "ⵜⴰⵡⵙⵉⵙⵜ ⵏ ⵜⵏⴱⴹⵜ", "State budget transfer"),
    "own_revenue": ("Recettes propres", "المداخيل الذاتية", "ⵉⴽⵛⵛⵓⵎⵏ ⵏ ⵜⵎⵏⴰⴹⵜ", "Own revenue"),
}
PROVINCES = {
    "beni-mellal": ("Béni Mellal", "بني ملال", "ⴱⵏⵉ ⵎⵍⵍⴰⵍ", "Beni Mellal"),
    "azilal": ("Azilal", "أزيلال", "ⴰⵣⵉⵍⴰⵍ", "Azilal"),
    "fquih-ben-salah": ("Fquih Ben Salah", "الفقيه بن صالح", "ⴼⵇⵉⵀ ⴱⵏ ⵚⴰⵍⵃ", "Fquih Ben Salah"),
    "khenifra": ("Khénifra", "خنيفرة", "ⵅⵏⵉⴼⵔⴰ", "Khenifra"),
    "khouribga": ("Khouribga", "خريبكة", "ⵅⵔⵉⴱⴳⴰ", "Khouribga"),
    "region-wide": ("Toute la région", "الجهة كلها", "ⵜⴰⵎⵏⴰⴹⵜ ⴰⴽⴽⵯ", "Whole region"),
}

# Yearly totals in dirhams: (revenue, operating expenditure, investment expenditure, status, source).
# 2025: 773 MDH, of which 208.47 MDH operating and a 564.53 MDH surplus programmed for investment.
# 2023: 768 MDH; its operating/investment split is not published.
# 2024: not published; 768 MDH follows from "+0.65 % in 2025" and is marked illustrative.
YEARS = {
    "2023": (768_000_000, 196_000_000, 572_000_000, "alyaoum24-budget-2023"),
    "2024": (768_000_000, 203_500_000, 564_500_000, "map-budget-2025"),
    "2025": (773_000_000, 208_470_000, 564_530_000, "map-budget-2025"),
}

REVENUE_WEIGHTS = {"tax_shares": 46, "insurance_tax": 11, "state_budget": 38, "own_revenue": 5}
OPERATING_WEIGHTS = {
    "administration": 70, "culture_youth": 8, "economic_development": 6, "education": 5,
    "roads_transport": 4, "health": 3, "water_environment": 2, "agriculture": 2,
}
# Investment by sector: water 26.3 %, health 14.4 %, education 13.7 % of the PDR at adoption
# (5.98, 3.27 and 3.11 of 22.76 billion); the other axes share the rest. Shifted a little per year.
INVESTMENT_WEIGHTS = {
    "2023": {"water_environment": 27.0, "health": 13.5, "education": 13.0, "agriculture": 15.0,
             "roads_transport": 16.5, "economic_development": 9.5, "culture_youth": 4.0, "administration": 1.5},
    "2024": {"water_environment": 26.5, "health": 14.0, "education": 13.4, "agriculture": 14.5,
             "roads_transport": 16.0, "economic_development": 10.0, "culture_youth": 4.0, "administration": 1.6},
    "2025": {"water_environment": 26.3, "health": 14.4, "education": 13.7, "agriculture": 14.0,
             "roads_transport": 15.5, "economic_development": 10.4, "culture_youth": 4.1, "administration": 1.6},
}
# Share of contract-programme projects by province (21, 21, 19, 20, 19 %) and 13 % region-wide,
# tilted by sector where the region's geography makes it plausible.
PROVINCE_WEIGHTS = {"beni-mellal": 21, "azilal": 21, "fquih-ben-salah": 19, "khenifra": 20, "khouribga": 19}
TILTS = {
    "water_environment": {"azilal": 1.3, "khenifra": 1.2},
    "agriculture": {"fquih-ben-salah": 1.5, "beni-mellal": 1.2},
    "economic_development": {"beni-mellal": 1.3, "khouribga": 1.3},
    "roads_transport": {"azilal": 1.3, "khenifra": 1.2},
}
REGION_WIDE_SHARE = 13


def split(total, weights):
    """Whole-dirham amounts proportional to weights, summing exactly to total."""
    weight_sum = sum(weights.values())
    parts = {key: total * weight // weight_sum for key, weight in weights.items()}
    largest = max(weights, key=weights.get)
    parts[largest] += total - sum(parts.values())
    return parts


def scaled(weights, factor=1000):
    return {key: round(value * factor) for key, value in weights.items()}


def province_weights(function):
    tilted = {p: w * TILTS.get(function, {}).get(p, 1.0) for p, w in PROVINCE_WEIGHTS.items()}
    total = sum(tilted.values())
    weights = {p: w / total * (100 - REGION_WIDE_SHARE) for p, w in tilted.items()}
    weights["region-wide"] = REGION_WIDE_SHARE
    return scaled(weights)


def rows():
    for year, (revenue, operating, investment, source) in YEARS.items():
        for key, amount in split(revenue, REVENUE_WEIGHTS).items():
            yield year, "revenue", "operating", key, REVENUES[key], "region-wide", amount, source
        for key, amount in split(operating, OPERATING_WEIGHTS).items():
            yield year, "expenditure", "operating", key, FUNCTIONS[key], "region-wide", amount, source
        for function, function_total in split(investment, scaled(INVESTMENT_WEIGHTS[year])).items():
            for province, amount in split(function_total, province_weights(function)).items():
                yield year, "expenditure", "investment", function, FUNCTIONS[function], province, amount, source


def main():
    with OUT.open("w", newline="", encoding="utf-8") as file:
        out = csv.writer(file, lineterminator="\n")
        out.writerow([
            "year", "direction", "economic", "function", "function_fr", "function_ar", "function_zgh",
            "function_en", "province", "province_fr", "province_ar", "province_zgh", "province_en",
            "amount", "status", "source",
        ])
        for year, direction, economic, function, labels, province, amount, source in rows():
            out.writerow([year, direction, economic, function, *labels, province, *PROVINCES[province],
                          amount, "illustrative", source])


if __name__ == "__main__":
    main()
