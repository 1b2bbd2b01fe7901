#include "scratch.hpp"

namespace skillmatch::detail {
namespace {

constexpr std::size_t kKeptBufferBytes = std::size_t{1} << 20;

template <class T>
void release_if_large(std::vector<T>& buffer) {
  if (buffer.capacity() * sizeof(T) > kKeptBufferBytes) std::vector<T>().swap(buffer);
}

}  // namespace

void Scratch::release_large() {
  release_if_large(sections);
  release_if_large(candidates);
  release_if_large(list_lines);
  release_if_large(list_items);
  release_if_large(list_neighbour);
  release_if_large(unambiguous);
  release_if_large(domain_skills);
  release_if_large(accepted);
  release_if_large(negated);
}

}  // namespace skillmatch::detail
