

def test_a_small_town_is_a_place_only_in_a_state_the_sentence_names():
    from summitry.actors.places import find_places
    assert [p[2:] for p in find_places("Talks were held in Nizwa, Omani officials said.")] == [("Nizwá", "OMN")]
    assert find_places("Talks were held in Nizwa, officials said.") == []
    # Arabic names in Latin letters: the article joined, hyphenated or apart, without the ayn
    assert [p[2:] for p in find_places("The summit in AlUla, Saudi officials said.")] == [("Al-Ula", "SAU")]
    assert [p[2:] for p in find_places("The summit in Al Ula, Saudi officials said.")] == [("Al-Ula", "SAU")]


def test_a_small_town_after_the_town_of_in_a_named_state():
    from summitry.actors.places import find_places
    assert [p[2:] for p in find_places("The rift ended at a summit in the Saudi desert town of AlUla.")] == [
        ("Al-Ula", "SAU")]
