// The best few of many items: a bounded heap that screening keeps per posting.
#pragma once

#include <algorithm>
#include <cstddef>
#include <vector>

namespace skillmatch {

// Keeps the `size` best items offered under `Better`, a strict total order (ties broken,
// for instance by input order). What is kept then does not depend on the order items are
// offered in, so shortlists filled by several threads merge into exactly the one a single
// thread would have kept.
template <class Item, class Better>
class Shortlist {
 public:
  explicit Shortlist(std::size_t size, Better better = {}) : size_(size), better_(better) {}

  // Whether offer(item) would keep it: a caller can skip preparing what would be dropped.
  bool admits(const Item& item) const { return size_ > 0 && (items_.size() < size_ || better_(item, worst_)); }

  // The worst item kept once the shortlist is full (what a newcomer must beat), else null.
  const Item* last_kept() const { return size_ > 0 && items_.size() == size_ ? &worst_ : nullptr; }

  void offer(const Item& item) {
    if (!admits(item)) return;
    if (items_.size() == size_) {
      // The heap's top is the worst item kept: it makes room.
      std::pop_heap(items_.begin(), items_.end(), better_);
      items_.back() = item;
    } else {
      items_.push_back(item);
    }
    std::push_heap(items_.begin(), items_.end(), better_);
    if (items_.size() == size_) worst_ = items_.front();
  }

  void merge(const Shortlist& other) {
    for (const Item& item : other.items_) offer(item);
  }

  // Best first.
  std::vector<Item> ranked() const {
    std::vector<Item> out = items_;
    std::sort(out.begin(), out.end(), better_);
    return out;
  }

 private:
  std::size_t size_;
  Better better_;
  std::vector<Item> items_;  // a heap under better_: front() is the worst kept
  // A copy of front() once full: admits() is asked far more often than anything is kept,
  // and screen asks it of a thousand shortlists in turn, so it reads no heap memory.
  Item worst_{};
};

}  // namespace skillmatch
