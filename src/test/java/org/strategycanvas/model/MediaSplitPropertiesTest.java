package org.strategycanvas.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class MediaSplitPropertiesTest {

    @Provide
    Arbitrary<MediaSplit> splits() {
        return Arbitraries.integers().between(0, 100).flatMap(owned ->
                Arbitraries.integers().between(0, 100 - owned).map(earned ->
                        new MediaSplit(owned, earned, 100 - owned - earned)));
    }

    @Property
    void settingOneShareKeepsTheTotalAt100(@ForAll("splits") MediaSplit split, @ForAll Media media,
                                          @ForAll int typed) {
        MediaSplit result = split.with(media, typed);
        assertEquals(100, result.owned() + result.earned() + result.paid());
        assertEquals(Math.max(0, Math.min(100, typed)), result.get(media));
    }

    @Property
    void theOtherTwoKeepTheirRatioToWithinOnePoint(@ForAll("splits") MediaSplit split, @ForAll Media media,
                                                  @ForAll("percent") int value) {
        MediaSplit result = split.with(media, value);
        Media[] others = java.util.Arrays.stream(Media.values()).filter(m -> m != media).toArray(Media[]::new);
        int a = split.get(others[0]);
        int b = split.get(others[1]);
        double exact = a + b == 0 ? (100 - value) / 2.0 : (100 - value) * (double) a / (a + b);
        assertTrue(Math.abs(result.get(others[0]) - exact) <= 0.5, () -> split + " -> " + result);
    }

    @Provide
    Arbitrary<Integer> percent() {
        return Arbitraries.integers().between(0, 100);
    }

    @Example
    void handCheckedRescaling() {
        assertEquals(new MediaSplit(50, 25, 25), new MediaSplit(20, 40, 40).with(Media.OWNED, 50));
        assertEquals(new MediaSplit(30, 47, 23), new MediaSplit(60, 27, 13).with(Media.OWNED, 30));
        assertEquals(new MediaSplit(35, 0, 65), new MediaSplit(0, 100, 0).with(Media.EARNED, 0)
                .with(Media.OWNED, 35));
        assertEquals(new MediaSplit(50, 25, 25), new MediaSplit(100, 0, 0).with(Media.OWNED, 50),
                "with nothing to keep a ratio of, the rest is shared evenly");
        assertEquals(new MediaSplit(34, 33, 33), new MediaSplit(100, 0, 0).with(Media.OWNED, 34));
        assertEquals(new MediaSplit(33, 34, 33), new MediaSplit(100, 0, 0).with(Media.OWNED, 33),
                "on a tie the first of the other two takes the point");
    }

    @Example
    void invalidSplitsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new MediaSplit(50, 50, 1));
        assertThrows(IllegalArgumentException.class, () -> new MediaSplit(-1, 51, 50));
    }

    @Example
    void everyTypeHasAValidDefaultAndAFamily() {
        for (TouchpointType type : TouchpointType.values()) {
            assertTrue(MediaSplit.isValid(type.defaultSplit().owned(), type.defaultSplit().earned(),
                    type.defaultSplit().paid()));
            assertEquals(type, TouchpointType.byId(type.id()).orElseThrow());
        }
        assertEquals(Family.WEB, TouchpointType.WEBSITE.family());
        assertTrue(TouchpointType.WEBSITE.defaultSplit().owned() > 50, "a website is mostly owned");
        assertEquals(100, TouchpointType.PAID_SEARCH.defaultSplit().paid(), "ads are paid");
        assertTrue(TouchpointType.REVIEWS.defaultSplit().earned() > 50, "reviews are earned");
        for (Family family : Family.values()) {
            assertTrue(!TouchpointType.ofFamily(family).isEmpty(), family + " has types");
        }
    }
}
