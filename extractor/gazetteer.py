"""States, demonyms, cities and international bodies, from pycountry and ``data/*.json``.

All look-ups are case-insensitive and ignore "the" (leading or inside a name) and a possessive "'s".
"""

from __future__ import annotations

import functools
import json
import re
from importlib import resources

import pycountry


def _data(name: str) -> dict:
    text = resources.files("extractor").joinpath("data", name).read_text(encoding="utf-8")
    return json.loads(text)


def normalise(name: str) -> str:
    text = name.strip().replace("\u2019", "'")
    text = re.sub(r"'s?$", "", text)
    text = re.sub(r"^the\s+", "", text, flags=re.I)
    # "St Vincent and Grenadines", "Republic of Congo": an article inside a name is often left out
    text = re.sub(r"\s+the\s+", " ", text, flags=re.I)
    return " ".join(text.lower().split())


class Gazetteer:
    def __init__(self):
        self._countries: dict[str, str] = {}
        self._names: dict[str, str] = {}
        for c in pycountry.countries:
            for attr in ("name", "common_name", "official_name"):
                value = getattr(c, attr, None)
                if value:
                    self._countries.setdefault(normalise(value), c.alpha_3)
            self._names[c.alpha_3] = getattr(c, "common_name", None) or c.name
        extra = _data("countries.json") if self._has("countries.json") else {}
        self._names.update(extra.get("display", {}))
        for name, iso in extra.get("aliases", {}).items():
            self._countries[normalise(name)] = iso
        self._demonyms = {normalise(k): v for k, v in extra.get("demonyms", {}).items()}
        self._cities = {normalise(k): v for k, v in extra.get("cities", {}).items()}
        self._houses = {normalise(k): v for k, v in extra.get("royal_houses", {}).items()}
        self._honorifics = {k.lower(): v for k, v in extra.get("state_honorifics", {}).items()}
        self._regions = {k.lower(): frozenset(v) for k, v in extra.get("regions", {}).items()}
        self._seats = {normalise(k): v for k, v in extra.get("state_seats", {}).items() if not k.startswith("_")}
        # each state's capital is the first of its cities in countries.json
        self._capitals: dict[str, str] = {}
        self._capital_of: dict[str, str] = {}
        for k, v in extra.get("cities", {}).items():
            if v not in self._capital_of:
                self._capitals[normalise(k)] = v
                self._capital_of[v] = k
        self._acronyms = {
            normalise(k)
            for k in list(extra.get("aliases", {})) + list(extra.get("demonyms", {}))
            if len(k.replace(".", "")) <= 4 and k.replace(".", "").isupper()
        }
        self._orgs: dict[str, tuple[str, str | None]] = {}
        orgs = _data("organizations.json") if self._has("organizations.json") else {}
        for canonical, info in orgs.items():
            entry = (canonical, info.get("country"))
            self._orgs[normalise(canonical)] = entry
            for alias in info.get("aliases", []):
                self._orgs.setdefault(normalise(alias), entry)
                if len(alias.replace(".", "")) <= 4 and alias.replace(".", "").isupper():
                    self._acronyms.add(normalise(alias))

    @staticmethod
    def _has(name: str) -> bool:
        return resources.files("extractor").joinpath("data", name).is_file()

    @functools.cache  # noqa: B019 - one gazetteer per process (``load``), so the cache lives as long as it
    def multiword_state_starts(self) -> frozenset[str]:
        """The first words of state names written in several words ("trinidad", "st", "south")."""
        return frozenset(key.split()[0] for key in self._countries if " " in key)

    def seat(self, name: str) -> str | None:
        """The state whose organ sits at ``name`` ("Pentagon", "Kremlin", "Downing Street"), if it is one."""
        return self._seats.get(normalise(name))

    def country(self, name: str) -> str | None:
        """ISO3 of a state named ``name`` ("Russia", "the United States"), else None."""
        return self._get(self._countries, name)

    def _get(self, table: dict, name: str):
        """Look-up that lets short acronyms ("US", "WHO", "AU") match only when written in capitals,
        so the words "us" and "who" are never a state or a body."""
        key = normalise(name)
        if key in self._acronyms and not name.strip().replace(".", "").isupper():
            return None
        return table.get(key)

    def demonym(self, word: str) -> str | None:
        """ISO3 of a nationality adjective or people ("Chinese", "Emirati"), else None."""
        return self._get(self._demonyms, word)

    def city(self, name: str) -> str | None:
        """ISO3 of the state a city lies in, else None."""
        return self._get(self._cities, name)

    def region(self, words: str) -> frozenset[str]:
        """ "Caribbean", "South American": the states of a region an epithet names, else none."""
        return self._regions.get(words.lower(), frozenset())

    def capital(self, name: str) -> str | None:
        """ISO3 of the state whose capital ``name`` is ("Moscow" -> RUS), else None."""
        return self._get(self._capitals, name)

    def royal_house(self, name: str) -> str | None:
        """ISO3 of the state a ruling house's name at the end of a person's name belongs to ("Sheikh Nasser
        Mohammad Al-Ahmad Al-Sabah" -> KWT), else None."""
        words = normalise(name.replace("-", " ")).split()
        for n in (2, 1):
            if len(words) > n and " ".join(words[-n:]) in self._houses:
                return self._houses[" ".join(words[-n:])]
        return None

    def honorific_state(self, name: str) -> str | None:
        """ISO3 of the state whose honours a title at the start of a name comes from ("Datuk Seri Anwar
        Ibrahim", "Tan Sri Othman Hashim" -> MYS), else None."""
        words = name.replace("\u2019", "'").split()
        for n in (2, 1):
            if len(words) > n and " ".join(words[:n]).lower() in self._honorifics:
                return self._honorifics[" ".join(words[:n]).lower()]
        return None

    def capital_of(self, iso3: str) -> str | None:
        """The capital of the state ``iso3`` ("RUS" -> "Moscow"), else None."""
        return self._capital_of.get(iso3)

    def organization(self, name: str) -> tuple[str, str | None] | None:
        """(canonical name, ISO3 or None) of an international or regional body, else None."""
        return self._get(self._orgs, name)

    def official_name(self, iso3: str) -> str:
        """ "Kingdom of Saudi Arabia" for SAU: the state's formal name, else its common one."""
        found = pycountry.countries.get(alpha_3=iso3)
        return (getattr(found, "official_name", None) or getattr(found, "name", None) or iso3) if found else iso3

    def country_name(self, iso3: str) -> str:
        return self._names.get(iso3, iso3)

    def place_country(self, name: str) -> str | None:
        """ISO3 of a place: a city, or a state itself."""
        return self.city(name) or self.country(name)


@functools.cache
def load() -> Gazetteer:
    """The process-wide gazetteer (read once, shared by every extraction)."""
    return Gazetteer()
