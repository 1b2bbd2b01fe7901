// The bounded shortlist: keeps the best under a total order, whatever the offer order,
// and shortlists kept apart merge into the one kept together.
#include <gtest/gtest.h>

#include <algorithm>
#include <random>

#include <skillmatch/shortlist.hpp>

namespace skillmatch {
namespace {

struct Entry {
  int score;
  int order;
  bool operator==(const Entry&) const = default;
};

// Higher score first, ties by lower order: a total order, as screen's rows have.
struct Better {
  bool operator()(const Entry& a, const Entry& b) const { return a.score != b.score ? a.score > b.score : a.order < b.order; }
};

std::vector<Entry> entries(int count) {
  std::vector<Entry> out;
  for (int i = 0; i < count; ++i) out.push_back({(i * 37) % 11, i});  // many ties
  return out;
}

TEST(Shortlist, KeepsTheBestRankedBestFirst) {
  auto all = entries(100);
  Shortlist<Entry, Better> list(5);
  for (const auto& e : all) list.offer(e);
  std::sort(all.begin(), all.end(), Better{});
  all.resize(5);
  EXPECT_EQ(list.ranked(), all);
}

TEST(Shortlist, TheOfferOrderDoesNotMatter) {
  auto all = entries(200);
  Shortlist<Entry, Better> in_order(7);
  for (const auto& e : all) in_order.offer(e);
  std::mt19937 random(42);
  std::shuffle(all.begin(), all.end(), random);
  Shortlist<Entry, Better> shuffled(7);
  for (const auto& e : all) shuffled.offer(e);
  EXPECT_EQ(shuffled.ranked(), in_order.ranked());
}

TEST(Shortlist, MergedPartsEqualOneWhole) {
  const auto all = entries(300);
  Shortlist<Entry, Better> whole(10), even(10), odd(10);
  for (const auto& e : all) {
    whole.offer(e);
    (e.order % 2 ? odd : even).offer(e);
  }
  odd.merge(even);
  EXPECT_EQ(odd.ranked(), whole.ranked());
}

TEST(Shortlist, AdmitsOnlyWhatItWouldKeep) {
  Shortlist<Entry, Better> list(2);
  EXPECT_TRUE(list.admits({0, 0}));
  EXPECT_EQ(list.last_kept(), nullptr);  // not full yet
  list.offer({5, 0});
  list.offer({3, 1});
  EXPECT_FALSE(list.admits({3, 2}));  // ties lose to earlier input
  EXPECT_TRUE(list.admits({3, 0}));
  EXPECT_TRUE(list.admits({4, 9}));
  ASSERT_NE(list.last_kept(), nullptr);
  EXPECT_EQ(*list.last_kept(), (Entry{3, 1}));
  Shortlist<Entry, Better> none(0);
  EXPECT_EQ(none.last_kept(), nullptr);
  EXPECT_FALSE(none.admits({9, 0}));
  none.offer({9, 0});
  EXPECT_TRUE(none.ranked().empty());
}

}  // namespace
}  // namespace skillmatch
