package org.returnport.web.console;

import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.returnport.errors.RejectedException;
import org.returnport.returns.entity.ReturnPhotoFile;

/**
 * The photos a hub worker attaches, read from the form only after their size was checked: a file
 * over the limit is refused before a byte of it is read into memory.
 */
final class IntakeUploads {

  private IntakeUploads() {}

  static List<ReturnPhotoFile> photos(List<Part> uploads, String field) {
    List<ReturnPhotoFile> photos = new ArrayList<>();
    if (uploads == null) {
      return photos;
    }
    for (Part upload : uploads) {
      if (upload.getSize() == 0) {
        continue;
      }
      photos.add(ReturnPhotoFile.of(bytes(upload, field)));
    }
    return photos;
  }

  static byte[] bytes(Part upload, String field) {
    if (upload.getSize() > ReturnPhotoFile.MAX_BYTES) {
      throw new RejectedException(
          field, "returnport.photo.tooBig", ReturnPhotoFile.MAX_BYTES / 1024 / 1024);
    }
    try (InputStream in = upload.getInputStream()) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new RejectedException(field, "returnport.photo.broken");
    }
  }
}
