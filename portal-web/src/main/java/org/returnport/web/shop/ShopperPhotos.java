package org.returnport.web.shop;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Inject;
import java.io.Serializable;
import org.returnport.returns.control.PhotoStash;
import org.returnport.returns.entity.ReturnPhotoFile;

/**
 * The visit's area for return photos: created with the session, deleted with it (by age too, if the
 * session ends without saying so). Only the area's name is in the session.
 */
@SessionScoped
public class ShopperPhotos implements Serializable {

  private static final long serialVersionUID = 1L;

  /** A client proxy: it survives the session's serialization, e.g. to another server. */
  @Inject PhotoStash stash;

  private String area;

  /** Keeps a checked photo; answers the reference the form holds instead of the picture. */
  public String keep(ReturnPhotoFile photo) {
    if (area == null) {
      area = stash.newArea();
    }
    return stash.keep(area, photo);
  }

  public void forget(String ref) {
    stash.forget(ref);
  }

  @PreDestroy
  void sessionEnded() {
    if (area != null) {
      stash.drop(area);
    }
  }
}
