// Reads a module's stamp from its ELF file without loading it: the ELF header, the
// section header table, the section names, then the .note.skillmatch section. Every
// offset and size comes from the file, so each is checked against the file's size before
// it is read; a file that is not what it says is one line, never a crash.
#include <elf.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <bit>
#include <cerrno>
#include <cstring>
#include <vector>

#include <skillmatch/module_loader.hpp>

namespace skillmatch::modules {
namespace {

// Section names are short; a larger string table is not one a linker wrote.
constexpr std::uint64_t kMaxNameTableBytes = 1 << 20;
constexpr unsigned char kNativeData = std::endian::native == std::endian::little ? ELFDATA2LSB : ELFDATA2MSB;

Error not_loadable(const std::string& why) { return {"", "not a loadable shared library (" + why + ")"}; }

// An open file read at offsets, each read bounded by the file's size.
class ElfFile {
 public:
  explicit ElfFile(const std::filesystem::path& path) : fd_(::open(path.c_str(), O_RDONLY | O_CLOEXEC)) {
    struct stat status {};
    if (fd_ < 0) open_errno_ = errno;
    if (fd_ >= 0 && ::fstat(fd_, &status) == 0) size_ = static_cast<std::uint64_t>(status.st_size);
  }
  ~ElfFile() {
    if (fd_ >= 0) ::close(fd_);
  }
  ElfFile(const ElfFile&) = delete;
  ElfFile& operator=(const ElfFile&) = delete;

  // Why the file could not be opened, or an empty string.
  std::string open_error() const { return fd_ >= 0 ? "" : std::strerror(open_errno_); }
  std::uint64_t size() const { return size_; }
  // Whether `count` bytes at `offset` lie inside the file.
  bool holds(std::uint64_t offset, std::uint64_t count) const { return offset <= size_ && count <= size_ - offset; }
  // Reads `count` bytes at `offset`; false when they do not lie inside the file.
  bool read(std::uint64_t offset, void* out, std::uint64_t count) const {
    if (!holds(offset, count)) return false;
    return ::pread(fd_, out, count, static_cast<off_t>(offset)) == static_cast<ssize_t>(count);
  }

 private:
  int fd_;
  int open_errno_ = 0;
  std::uint64_t size_ = 0;
};

// The header of a 64-bit shared library of this machine's byte order, or why the file is not one.
Result<Elf64_Ehdr> read_header(const ElfFile& file) {
  Elf64_Ehdr header{};
  if (!file.read(0, &header, sizeof header)) return not_loadable("too short to be an ELF file");
  if (std::memcmp(header.e_ident, ELFMAG, SELFMAG) != 0) return not_loadable("not an ELF file");
  if (header.e_ident[EI_CLASS] != ELFCLASS64 || header.e_ident[EI_DATA] != kNativeData) {
    return not_loadable("an ELF file for another kind of machine");
  }
  if (header.e_type != ET_DYN) return not_loadable("an ELF file that is not a shared library");
  if (header.e_shnum != 0 && (header.e_shentsize != sizeof(Elf64_Shdr) || header.e_shstrndx >= header.e_shnum)) {
    return not_loadable("malformed section header table");
  }
  return header;
}

std::string truncated(const ElfFile& file, std::string_view what) {
  return "truncated: " + std::string(what) + " past the end of the file, at byte " + std::to_string(file.size());
}

Result<std::vector<Elf64_Shdr>> read_sections(const ElfFile& file, const Elf64_Ehdr& header) {
  const std::uint64_t bytes = std::uint64_t{header.e_shnum} * sizeof(Elf64_Shdr);
  if (!file.holds(header.e_shoff, bytes)) return not_loadable(truncated(file, "its section headers end"));
  std::vector<Elf64_Shdr> sections(header.e_shnum);
  if (!file.read(header.e_shoff, sections.data(), bytes)) return not_loadable("cannot read its section headers");
  return sections;
}

// The bytes of `section`, if they lie inside the file and are at most `limit`.
Result<std::string> read_section(const ElfFile& file, const Elf64_Shdr& section, std::uint64_t limit) {
  if (section.sh_type == SHT_NOBITS || section.sh_size > limit) return not_loadable("malformed section");
  if (!file.holds(section.sh_offset, section.sh_size)) return not_loadable(truncated(file, "a section ends"));
  std::string bytes(section.sh_size, '\0');
  if (!file.read(section.sh_offset, bytes.data(), bytes.size())) return not_loadable("cannot read a section");
  return bytes;
}

// The section named kStampSection, or nullptr.
const Elf64_Shdr* find_stamp_section(const std::vector<Elf64_Shdr>& sections, const std::string& names) {
  const std::string_view wanted(kStampSection, sizeof kStampSection);  // with its NUL
  for (const auto& section : sections) {
    if (section.sh_name < names.size() && std::string_view(names).substr(section.sh_name, wanted.size()) == wanted) {
      return &section;
    }
  }
  return nullptr;
}

// The stamp among the notes in `notes`; false when no note is a well-formed skillmatch stamp.
bool find_stamp_note(std::string_view notes, Stamp& stamp) {
  while (notes.size() >= sizeof(Elf64_Nhdr)) {
    Elf64_Nhdr note{};
    std::memcpy(&note, notes.data(), sizeof note);
    const std::uint64_t owner_bytes = (std::uint64_t{note.n_namesz} + 3) / 4 * 4;
    const std::uint64_t stamp_bytes = (std::uint64_t{note.n_descsz} + 3) / 4 * 4;
    notes.remove_prefix(sizeof note);
    if (owner_bytes + stamp_bytes > notes.size()) return false;
    const bool ours = note.n_type == kStampNoteType && note.n_namesz == sizeof kStampOwner &&
                      notes.substr(0, sizeof kStampOwner) == std::string_view(kStampOwner, sizeof kStampOwner) &&
                      note.n_descsz == sizeof(Stamp);
    if (ours) {
      std::memcpy(&stamp, notes.data() + owner_bytes, sizeof stamp);
      // The tag is printed in messages, so it must end inside its field.
      return std::memchr(stamp.build_tag, '\0', sizeof stamp.build_tag) != nullptr;
    }
    notes.remove_prefix(owner_bytes + stamp_bytes);
  }
  return false;
}

}  // namespace

Result<Stamp> read_stamp(const std::filesystem::path& path, ModuleKind wanted) {
  const ElfFile file(path);
  if (const std::string why = file.open_error(); !why.empty()) return Error{"", "cannot open it (" + why + ")"};
  auto header = read_header(file);
  if (!header) return header.error();
  auto sections = read_sections(file, header.value());
  if (!sections) return sections.error();
  const std::string missing = "not a skillmatch " + std::string(noun(wanted)) + " (no " + kStampSection + " section)";
  if (sections.value().empty()) return Error{"", missing};
  auto names = read_section(file, sections.value()[header.value().e_shstrndx], kMaxNameTableBytes);
  if (!names) return names.error();
  const Elf64_Shdr* stamp_section = find_stamp_section(sections.value(), names.value());
  if (stamp_section == nullptr) return Error{"", missing};
  auto notes = read_section(file, *stamp_section, 16 * sizeof(StampNote));
  if (!notes) return notes.error();
  Stamp stamp;
  if (!find_stamp_note(notes.value(), stamp)) {
    return Error{"", "not a skillmatch " + std::string(noun(wanted)) + " (malformed " + kStampSection + " note)"};
  }
  return stamp;
}

}  // namespace skillmatch::modules
