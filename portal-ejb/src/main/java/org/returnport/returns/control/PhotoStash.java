package org.returnport.returns.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.returnport.errors.RejectedException;
import org.returnport.returns.entity.ReturnPhotoFile;
import org.returnport.values.ImageType;

/**
 * Where the photos a shopper adds wait until the return is submitted: files in a folder of their
 * own per visit ({@code area}), on this server's disk, not in the page's state. A visit may keep at
 * most a number of photos and of bytes; its folder goes when the visit ends, and any folder older
 * than {@code returnport.photos.max-age} goes anyway.
 */
@ApplicationScoped
public class PhotoStash {

  private static final Logger LOG = Logger.getLogger(PhotoStash.class.getName());
  private static final Pattern AREA = Pattern.compile("[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}");
  private static final Pattern REF =
      Pattern.compile(AREA.pattern() + "/" + AREA.pattern() + "\\.(PNG|JPEG|WEBP)");

  @Inject
  @ConfigProperty(name = "returnport.photos.folder")
  Optional<String> folder;

  @Inject
  @ConfigProperty(name = "returnport.photos.session-count", defaultValue = "25")
  int maxCount;

  @Inject
  @ConfigProperty(name = "returnport.photos.session-bytes", defaultValue = "52428800")
  long maxBytes;

  @Inject
  @ConfigProperty(name = "returnport.photos.max-age", defaultValue = "PT2H")
  String maxAge;

  /** A new area for one visit. */
  public String newArea() {
    return UUID.randomUUID().toString();
  }

  /**
   * Keeps a checked photo in the visit's area and answers its reference; refused when the visit
   * already keeps as many photos, or as many bytes, as it may.
   */
  public synchronized String keep(String area, ReturnPhotoFile photo) {
    Path dir = area(area);
    try {
      Files.createDirectories(dir);
      long count = 0;
      long bytes = 0;
      try (Stream<Path> files = Files.list(dir)) {
        for (Path file : (Iterable<Path>) files::iterator) {
          count++;
          bytes += Files.size(file);
        }
      }
      if (count >= maxCount) {
        throw new RejectedException("photos", "returnport.photo.sessionCount", maxCount);
      }
      if (bytes + photo.bytes().length > maxBytes) {
        throw new RejectedException(
            "photos", "returnport.photo.sessionBytes", maxBytes / 1024 / 1024);
      }
      String name = UUID.randomUUID() + "." + photo.type().name();
      Files.write(dir.resolve(name), photo.bytes());
      return area + "/" + name;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The photo behind a reference; a reference that is not one, or is gone, is refused. */
  public ReturnPhotoFile read(String ref) {
    Path file = file(ref);
    try {
      String type = ref.substring(ref.lastIndexOf('.') + 1);
      return new ReturnPhotoFile(ImageType.valueOf(type), Files.readAllBytes(file));
    } catch (IOException e) {
      throw new RejectedException("photos", "returnport.photo.gone");
    }
  }

  public void forget(String ref) {
    try {
      Files.deleteIfExists(file(ref));
    } catch (IOException e) {
      LOG.log(Level.FINE, "Photo " + ref + " could not be deleted", e);
    }
  }

  /** Deletes a visit's area with everything in it. */
  public void drop(String area) {
    delete(area(area));
  }

  /**
   * Deletes the areas not changed for longer than the maximum age, e.g. of visits that never ended.
   */
  public void dropOld(Instant now) {
    Instant moment = now.minus(Duration.parse(maxAge));
    Path root = root();
    if (!Files.isDirectory(root)) {
      return;
    }
    try (DirectoryStream<Path> areas = Files.newDirectoryStream(root)) {
      for (Path area : areas) {
        if (Files.getLastModifiedTime(area).compareTo(FileTime.from(moment)) < 0) {
          delete(area);
        }
      }
    } catch (IOException e) {
      LOG.log(Level.WARNING, "Old return photos could not be deleted", e);
    }
  }

  private Path file(String ref) {
    if (ref == null || !REF.matcher(ref).matches()) {
      throw new RejectedException("photos", "returnport.photo.gone");
    }
    return root().resolve(ref);
  }

  private Path area(String area) {
    if (area == null || !AREA.matcher(area).matches()) {
      throw new IllegalArgumentException("not a photo area: " + area);
    }
    return root().resolve(area);
  }

  private Path root() {
    return Path.of(folder.orElse(System.getProperty("java.io.tmpdir") + "/returnport-photos"));
  }

  private static void delete(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(PhotoStash::deleteQuietly);
    } catch (IOException e) {
      LOG.log(Level.WARNING, "Return photos in " + dir + " could not be deleted", e);
    }
  }

  private static void deleteQuietly(Path path) {
    try {
      Files.deleteIfExists(path);
    } catch (IOException e) {
      LOG.log(Level.FINE, "Could not delete " + path, e);
    }
  }
}
